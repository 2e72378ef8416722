package vn.dondoc.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.agencies.control.Directory;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.items.entity.Assignment;
import vn.dondoc.items.entity.Item;
import vn.dondoc.items.entity.ResponsibilityRole;
import vn.dondoc.reporting.entity.Obligation;
import vn.dondoc.testing.JpaExtension;
import vn.dondoc.testing.Plans;

/**
 * What section III's tasks of Kế hoạch 204 make agencies owe, on the real database: the leads of a
 * task (III.3: Đài Phát thanh và Truyền hình tỉnh, Báo Vĩnh Phúc, cổng Thông tin điện tử tỉnh) owe
 * their plan and every period's report; the bodies a request names (III.4–III.6, "Đề nghị …") owe
 * nothing until the secretariat assigns one by hand.
 */
class SectionThreeObligationsTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private static final LocalDate AS_OF = LocalDate.of(2024, 7, 1);
    /** The plan and 2023-H2, 2023-Y, 2024-H1, 2024-H2, 2024-Y. */
    private static final int OWED_BY_EACH = 6;

    /** Led only by section III's item 3; before section III was read, Báo Vĩnh Phúc only coordinated. */
    private static final List<String> PUBLICITY =
            List.of("dai-phat-thanh-va-truyen-hinh-tinh", "bao-vinh-phuc", "cong-thong-tin-dien-tu-tinh");

    /** The bodies items 4–6 request work of, the Fatherland Front group's members among them. */
    private static final List<String> REQUESTED = List.of(
            "toa-an-nhan-dan-tinh",
            "vien-kiem-sat-nhan-dan-tinh",
            "cong-an-tinh",
            "ban-tuyen-giao-tinh-uy",
            "uy-ban-mat-tran-to-quoc-viet-nam-tinh",
            "hoi-lien-hiep-phu-nu-tinh");

    private String tenant;
    private long documentId;

    @BeforeEach
    void keHoach204ImportedWithVinhPhucsDirectory() {
        tenant = jpa.newTenant();
        jpa.bundleDirectory(tenant, "vinh-phuc");
        documentId = importPlan();
    }

    @Test
    void theLeadsOfASectionThreeTaskOweTheirPlanAndReportsAndTheBodiesOfARequestOweNothing() {
        sync();

        for (String agency : PUBLICITY) {
            assertThat(owedBy(agency)).as(agency).hasSize(OWED_BY_EACH);
        }
        for (String agency : REQUESTED) {
            assertThat(inDirectory(agency))
                    .as("%s is in the directory, so owing nothing means something", agency)
                    .isTrue();
            assertThat(owedBy(agency)).as(agency).isEmpty();
        }
        assertThat(leadAssignmentsOf("III.4")).isZero();
    }

    @Test
    void aBodyOfARequestAssignedByHandOwesFromTheNextSync() {
        sync();
        jpa.inTenant(tenant, em -> {
            Item request = item(em, "III.4");
            em.persist(request.assign(agency(em, "toa-an-nhan-dan-tinh"), ResponsibilityRole.LEAD, List.of()));
        });

        sync();

        assertThat(owedBy("toa-an-nhan-dan-tinh")).hasSize(OWED_BY_EACH);
        assertThat(owedBy("vien-kiem-sat-nhan-dan-tinh"))
                .as("requested alongside, not assigned")
                .isEmpty();
    }

    // --- helpers ---

    private void sync() {
        jpa.fromTenant(tenant, em -> new ObligationSync(em).sync(documentId, AS_OF));
    }

    private List<Obligation> owedBy(String agency) {
        return jpa.fromTenant(
                tenant,
                em -> em.createNamedQuery(Obligation.OF_DOCUMENT, Obligation.class)
                        .setParameter("documentId", documentId)
                        .getResultStream()
                        .filter(o -> o.agency().code().equals(agency))
                        .toList());
    }

    private boolean inDirectory(String agency) {
        return jpa.fromTenant(tenant, em -> new Directory(em).agency(agency).isPresent());
    }

    private long leadAssignmentsOf(String code) {
        return jpa.fromTenant(
                tenant,
                em -> em.createNamedQuery(Assignment.OF_DOCUMENT, Assignment.class)
                        .setParameter("documentId", documentId)
                        .getResultStream()
                        .filter(a -> a.item().code().equals(code) && a.role() == ResponsibilityRole.LEAD)
                        .count());
    }

    private Item item(EntityManager em, String code) {
        return em.createNamedQuery(Item.OF_DOCUMENT, Item.class)
                .setParameter("documentId", documentId)
                .getResultStream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static Agency agency(EntityManager em, String code) {
        return new Directory(em).agency(code).orElseThrow();
    }

    private long importPlan() {
        return Plans.importInto(jpa, tenant, plan(), "0".repeat(64), Instant.parse("2026-03-02T02:30:00Z"));
    }

    private static String plan() {
        try (InputStream in = SectionThreeObligationsTest.class.getResourceAsStream("/plans/kh-204-vinh-phuc.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
