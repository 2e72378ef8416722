package vn.dondoc.items.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.agencies.control.Directory;
import vn.dondoc.documents.control.NoPlanFound;
import vn.dondoc.documents.control.PlanImport;
import vn.dondoc.documents.control.PlanReader;
import vn.dondoc.items.boundary.ItemViews.ItemView;
import vn.dondoc.items.entity.Schedule;
import vn.dondoc.testing.JpaExtension;
import vn.dondoc.testing.RecordedEvents;

/**
 * What the item tests share: a fresh tenant per test with the small test directory (Sở Tư pháp and
 * Sở Tài chính in "Các sở, ban, ngành"; UBND huyện Tam Đảo in no group), two small plans, the
 * import's write path as {@code Documents.importPlan} runs it, and one boundary call per
 * transaction as the container would run it.
 */
abstract class ItemsOnTheDatabase {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    static final Instant NOW = Instant.parse("2026-03-02T02:30:00Z");
    static final String UNKNOWN = "Ban Chỉ đạo 35";

    /**
     * I.1 names Sở Tư pháp as coordinator, then as lead; I.2 and I.3 are led by a body the
     * directory does not know; I.4 is led by Sở Tư pháp alone.
     */
    static final String PLAN = """
            ỦY BAN NHÂN DÂN
            TỈNH THỬ NGHIỆM
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Số: 12/KH-UBND
            Tam Đảo, ngày 10 tháng 01 năm 2024
            KẾ HOẠCH
            THỰC HIỆN CÔNG TÁC TƯ PHÁP NĂM 2024
            Căn cứ Nghị quyết số 13/2020/NQ-HĐND của HĐND tỉnh; UBND tỉnh ban hành kế hoạch như sau:
            I. NHIỆM VỤ
            1. Rà soát văn bản quy phạm pháp luật của tỉnh.
            - Cơ quan phối hợp: Sở Tư pháp; Sở Tài chính.
            - Cơ quan chủ trì: Sở Tư pháp.
            - Thời gian thực hiện: Năm 2024.
            2. Tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng.
            - Cơ quan chủ trì: Ban Chỉ đạo 35.
            - Cơ quan phối hợp: Các sở, ban, ngành.
            - Thời gian thực hiện: Thường xuyên.
            3. Kiểm tra công tác phòng, chống tham nhũng tại cơ sở.
            - Cơ quan chủ trì: Ban Chỉ đạo 35.
            - Cơ quan phối hợp: UBND huyện Tam Đảo.
            - Thời gian thực hiện: Quý II/2024.
            4. Số hóa hồ sơ hộ tịch.
            - Cơ quan chủ trì: Sở Tư pháp.
            - Thời gian thực hiện: Năm 2025.
            """;

    /** Item I.1 has two sub-items; the lines after the last one apply to the item and to both. */
    static final String PLAN_WITH_SUB_ITEMS = """
            ỦY BAN NHÂN DÂN
            TỈNH THỬ NGHIỆM
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Số: 14/KH-UBND
            Tam Đảo, ngày 10 tháng 01 năm 2024
            KẾ HOẠCH
            CẢI CÁCH HÀNH CHÍNH NĂM 2024
            Căn cứ Nghị quyết số 13/2020/NQ-HĐND của HĐND tỉnh; UBND tỉnh ban hành kế hoạch như sau:
            I. NHIỆM VỤ
            1. Cải cách thủ tục hành chính.
            a) Rà soát thủ tục hành chính.
            b) Công khai thủ tục hành chính.
            - Cơ quan chủ trì: Ban Chỉ đạo 35.
            - Thời gian thực hiện: Năm 2024.
            """;

    String tenant;

    @BeforeEach
    void tenantWithDirectory() {
        tenant = jpa.newTenant();
        jpa.newDirectory(tenant);
    }

    // --- helpers ---

    long importPlan(String text) {
        return importPlan(tenant, text);
    }

    /** What {@code Documents.importPlan} does with a text upload, in one transaction of the tenant. */
    static long importPlan(String tenant, String text) {
        return jpa.fromTenant(tenant, em -> {
            Directory directory = new Directory(em);
            try {
                return new PlanImport(em, directory)
                        .record(
                                new PlanReader(directory.nameMatcher()).text(text.getBytes(StandardCharsets.UTF_8)),
                                "TEXT",
                                "0".repeat(64),
                                NOW,
                                "thu-ky")
                        .document()
                        .id();
            } catch (NoPlanFound e) {
                throw new AssertionError(e);
            }
        });
    }

    Map<String, ItemView> tree(long document) {
        return jpa.fromTenant(tenant, em -> byCode(ItemTree.of(em, document)));
    }

    List<String> unresolved(long document) {
        return jpa.fromTenant(tenant, em -> ItemTree.of(em, document).unresolved());
    }

    <T> T in(Function<Items, T> call) {
        return in(tenant, call);
    }

    /** One call of the boundary in one transaction of the tenant, as the container would run it. */
    static <T> T in(String tenant, Function<Items, T> call) {
        return in(tenant, new RecordedEvents<>(), call);
    }

    /** The same, recording the {@link ItemsChanged} events the call fires. */
    static <T> T in(String tenant, RecordedEvents<ItemsChanged> events, Function<Items, T> call) {
        return jpa.fromTenant(tenant, em -> {
            Items items = new Items();
            items.em = em;
            items.itemsChanged = events;
            return call.apply(items);
        });
    }

    static long assignmentOf(ItemView item, String agencyCode) {
        return item.assignments().stream()
                .filter(a -> a.agencyCode().equals(agencyCode))
                .findFirst()
                .orElseThrow()
                .id();
    }

    static ItemEdit edit(String text, ItemEdit.ScheduleEdit schedule) {
        ItemEdit edit = new ItemEdit();
        edit.text = text;
        edit.schedule = schedule;
        return edit;
    }

    static ItemEdit.ScheduleEdit deadline(int year) {
        ItemEdit.ScheduleEdit schedule = new ItemEdit.ScheduleEdit();
        schedule.kind = Schedule.Kind.DEADLINE;
        schedule.deadline = LocalDate.of(year, 12, 31);
        schedule.text = "Năm " + year;
        return schedule;
    }

    static Map<String, ItemView> byCode(ItemTree tree) {
        Map<String, ItemView> all = new LinkedHashMap<>();
        List<ItemView> todo = new ArrayList<>(tree.roots());
        while (!todo.isEmpty()) {
            ItemView item = todo.remove(0);
            all.put(item.code(), item);
            todo.addAll(0, item.children());
        }
        return all;
    }

    static String kh204() {
        try (InputStream in = ItemsTest.class.getResourceAsStream("/plans/kh-204-vinh-phuc.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
