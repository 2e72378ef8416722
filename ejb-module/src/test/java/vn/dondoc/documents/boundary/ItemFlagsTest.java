package vn.dondoc.documents.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.documents.boundary.Views.DocumentView;
import vn.dondoc.items.boundary.ItemViews.AssignmentView;
import vn.dondoc.items.boundary.ItemViews.ItemView;
import vn.dondoc.items.boundary.ItemViews.ResponsibilityView;
import vn.dondoc.items.entity.Item;
import vn.dondoc.testing.Callers;
import vn.dondoc.testing.JpaExtension;
import vn.dondoc.testing.RecordedEvents;

/**
 * The two flags an import reads about an item, stored (V7), shown in the tree and the dry run, and
 * kept in line with the text by a re-import: {@code requested} (section III's "Đề nghị …", whose
 * leads are kept but assigned nothing) and {@code noLeadNamed}. One fresh tenant with Vĩnh Phúc's
 * directory per test.
 */
class ItemFlagsTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private static final Instant NOW = Instant.parse("2026-03-02T02:30:00Z");
    private static final String REQUEST = "4. Đề nghị Tòa án nhân dân tỉnh";
    private static final String PROSE_FIVE = "5. Tổ chức các hoạt động hưởng ứng Ngày Pháp luật";

    private String tenant;

    @BeforeEach
    void tenantWithVinhPhucsDirectory() {
        tenant = jpa.newTenant();
        jpa.bundleDirectory(tenant, "vinh-phuc");
    }

    @Test
    void keHoach204sRequestKeepsItsLeadsAndAssignsNobodyWhileItsOtherTasksAssignTheirLeads() {
        long id = importPlan(keHoach204()).document().id();

        Map<String, ItemView> items = byCode(in(documents -> documents.one(id)));
        ItemView request = items.get("III.4");
        assertThat(request.requested()).isTrue();
        assertThat(request.noLeadNamed()).isFalse();
        assertThat(request.responsibilities())
                .extracting(ResponsibilityView::role, ResponsibilityView::agencyCode)
                .containsExactly(
                        tuple("LEAD", "toa-an-nhan-dan-tinh"),
                        tuple("LEAD", "vien-kiem-sat-nhan-dan-tinh"),
                        tuple("LEAD", "cong-an-tinh"));
        assertThat(request.assignments()).as("requested, not assigned").isEmpty();
        assertThat(items.get("III.6").assignments())
                .as("a group's members are not assigned a request either")
                .isEmpty();

        ItemView publicity = items.get("III.3");
        assertThat(publicity.requested()).isFalse();
        assertThat(publicity.assignments())
                .extracting(AssignmentView::agencyCode, AssignmentView::role)
                .containsExactlyInAnyOrder(
                        tuple("dai-phat-thanh-va-truyen-hinh-tinh", "LEAD"),
                        tuple("bao-vinh-phuc", "LEAD"),
                        tuple("cong-thong-tin-dien-tu-tinh", "LEAD"));
        assertThat(items.get("III.1").responsibilities())
                .as("the reporting paragraph")
                .isEmpty();
        assertThat(items.values()).noneMatch(ItemView::noLeadNamed);
        assertThat(items.values())
                .filteredOn(ItemView::requested)
                .extracting(ItemView::code)
                .containsExactly("III.4", "III.5", "III.6");
    }

    @Test
    void theDryRunShowsTheFlagsTheStoredDocumentShows() {
        String prose = resource("kh-58-prose.txt");

        DocumentView preview = in(documents -> documents.preview(text(prose)));
        DocumentView stored =
                in(documents -> documents.one(importPlan(prose).document().id()));

        assertThat(flags(preview)).isEqualTo(flags(stored));
        assertThat(byCode(stored).values())
                .filteredOn(ItemView::noLeadNamed)
                .extracting(ItemView::code)
                .containsExactly("II.5", "II.8");
        assertThat(flags(in(documents -> documents.preview(text(keHoach204())))))
                .containsEntry("III.4", "requested")
                .containsEntry("III.7", "-");
    }

    @Test
    void aReimportKeepsTheFlagsInLineWithTheText() {
        long id = importPlan(keHoach204()).document().id();

        importPlan(keHoach204());
        assertThat(byCode(in(documents -> documents.one(id))).get("III.4").requested())
                .as("the same text again: still requested")
                .isTrue();

        importPlan(keHoach204().replace(REQUEST, "4. Tòa án nhân dân tỉnh"));
        ItemView assigned = byCode(in(documents -> documents.one(id))).get("III.4");
        assertThat(assigned.requested()).isFalse();
        assertThat(assigned.assignments())
                .extracting(AssignmentView::agencyCode)
                .containsExactlyInAnyOrder("toa-an-nhan-dan-tinh", "vien-kiem-sat-nhan-dan-tinh", "cong-an-tinh");

        importPlan(keHoach204());
        ItemView requestedAgain = byCode(in(documents -> documents.one(id))).get("III.4");
        assertThat(requestedAgain.requested()).isTrue();
        assertThat(requestedAgain.assignments()).isEmpty();

        String prose = resource("kh-58-prose.txt");
        assertThat(prose).contains(PROSE_FIVE);
        long proseId = importPlan(prose).document().id();
        importPlan(prose.replace(PROSE_FIVE, "5. Sở Tư pháp chủ trì tổ chức các hoạt động hưởng ứng Ngày Pháp luật"));
        ItemView five = byCode(in(documents -> documents.one(proseId))).get("II.5");
        assertThat(five.noLeadNamed()).as("a lead is named now").isFalse();
        assertThat(five.assignments()).extracting(AssignmentView::agencyCode).containsExactly("so-tu-phap");
    }

    @Test
    void anItemTheSecretariatEditedKeepsItsFlagsWithTheTextItKeeps() {
        long id = importPlan(keHoach204()).document().id();
        long request = byCode(in(documents -> documents.one(id))).get("III.4").id();
        jpa.inTenant(tenant, em -> em.find(Item.class, request).edit("Đề nghị Tòa án nhân dân tỉnh (đã sửa)", null));

        DocumentView again = importPlan(keHoach204().replace(REQUEST, "4. Tòa án nhân dân tỉnh"))
                .document();

        ItemView kept = byCode(again).get("III.4");
        assertThat(kept.edited()).isTrue();
        assertThat(kept.text()).isEqualTo("Đề nghị Tòa án nhân dân tỉnh (đã sửa)");
        assertThat(kept.requested()).isTrue();
        assertThat(kept.assignments()).isEmpty();
    }

    @Test
    void aMinistrysPlanIsStoredWithItsOrdinalLabelsAsTheDryRunShowsThem() {
        String ministry = resource("kh-btp-2024-ministry.txt");

        DocumentView preview = in(documents -> documents.preview(text(ministry)));
        DocumentView stored =
                in(documents -> documents.one(importPlan(ministry).document().id()));

        assertThat(byCode(stored).values())
                .filteredOn(i -> i.code().matches("II\\.\\d"))
                .extracting(ItemView::code, ItemView::label)
                .containsExactly(
                        tuple("II.1", "Thứ nhất"),
                        tuple("II.2", "Thứ hai"),
                        tuple("II.3", "Thứ ba"),
                        tuple("II.4", "Thứ tư"),
                        tuple("II.5", "Thứ năm"),
                        tuple("II.6", "Thứ sáu"),
                        tuple("II.7", "Thứ bảy"),
                        tuple("II.8", "Thứ tám"));
        assertThat(flags(preview)).isEqualTo(flags(stored));
    }

    // --- helpers ---

    private Views.ImportOutcome importPlan(String text) {
        return in(documents -> documents.importPlan(text(text)));
    }

    /** One call of the boundary in one transaction of the tenant, as the container would run it. */
    private <T> T in(Function<Documents, T> call) {
        return jpa.fromTenant(tenant, em -> call.apply(documents(em)));
    }

    private Documents documents(EntityManager em) {
        Documents documents = new Documents();
        documents.em = em;
        documents.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        documents.changed = new RecordedEvents<>();
        documents.leaving = new RecordedEvents<>();
        documents.caller = Callers.as("thu-ky", tenant, "so-tu-phap", "SECRETARIAT");
        return documents;
    }

    /** Every item's code and its flags: "requested", "noLeadNamed", both, or "-". */
    private static Map<String, String> flags(DocumentView document) {
        Map<String, String> flags = new LinkedHashMap<>();
        byCode(document)
                .forEach((code, item) -> flags.put(
                        code,
                        item.requested() && item.noLeadNamed()
                                ? "requested noLeadNamed"
                                : item.requested() ? "requested" : item.noLeadNamed() ? "noLeadNamed" : "-"));
        return flags;
    }

    private static Map<String, ItemView> byCode(DocumentView document) {
        Map<String, ItemView> all = new LinkedHashMap<>();
        List<ItemView> todo = new ArrayList<>(document.items());
        while (!todo.isEmpty()) {
            ItemView item = todo.remove(0);
            all.put(item.code(), item);
            todo.addAll(0, item.children());
        }
        return all;
    }

    private static PlanSource text(String text) {
        return new PlanSource(PlanSource.Format.TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String keHoach204() {
        String plan = resource("kh-204-vinh-phuc.txt");
        assertThat(plan).contains(REQUEST);
        return plan;
    }

    private static String resource(String name) {
        try (InputStream in = ItemFlagsTest.class.getResourceAsStream("/plans/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
