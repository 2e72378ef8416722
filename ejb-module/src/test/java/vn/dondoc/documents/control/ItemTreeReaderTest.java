package vn.dondoc.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dondoc.agencies.control.NameMatcher;
import vn.dondoc.items.control.ParsedItem;
import vn.dondoc.items.entity.ResponsibilityRole;
import vn.dondoc.testing.Directories;

/** A plan's numbered body read into items, with the lead, coordinators and time frame under each. */
class ItemTreeReaderTest {

    private final ItemTreeReader reader = new ItemTreeReader(new NameMatcher(Directories.of("vinh-phuc")));

    @Test
    void sectionsItemsAndDecimalAndLetteredSubItemsGetTheirCodes() {
        List<ParsedItem> top = reader.read(List.of(
                "I. NHIỆM VỤ",
                "1. Cải cách thể chế",
                "1.1. Rà soát văn bản.",
                "1.2. Kiểm tra thủ tục hành chính.",
                "2. Tuyên truyền pháp luật",
                "a) Tổ chức hội nghị.",
                "b) Phát tờ rơi.",
                "b) Phát sóng trên đài.",
                "II. TỔ CHỨC THỰC HIỆN"));

        assertThat(top.stream().map(ParsedItem::code)).containsExactly("I", "II");
        assertThat(all(top).keySet())
                .containsExactlyInAnyOrder("I", "I.1", "I.1.1", "I.1.2", "I.2", "I.2.a", "I.2.b", "I.2.b-2", "II");
        assertThat(all(top).get("I.2").children().stream().map(ParsedItem::label))
                .containsExactly("a)", "b)", "b)");
        assertThat(all(top).get("I.2.b-2").text()).isEqualTo("Phát sóng trên đài.");
    }

    @Test
    void aCombinedLeadAndCoordinationLineNamesTheLeadBeforePhoiHopVoiAndTheCoordinatorsAfter() {
        ParsedItem item = only(reader.read(List.of(
                "10. Tăng cường phối hợp giữa các cơ quan tư pháp.",
                "- Cơ quan chủ trì, phối hợp: Sở Tư pháp phối hợp chặt chẽ với TAND tỉnh, VKSND tỉnh, Công an"
                        + " tỉnh để thực hiện nhiệm vụ.")));

        assertThat(codes(item, ResponsibilityRole.LEAD)).containsExactly("so-tu-phap");
        assertThat(codes(item, ResponsibilityRole.COORDINATOR))
                .containsExactly("toa-an-nhan-dan-tinh", "vien-kiem-sat-nhan-dan-tinh", "cong-an-tinh");
    }

    @Test
    void aCombinedLineWithoutPhoiHopVoiNamesOnlyLeads() {
        ParsedItem item =
                only(reader.read(List.of("1. Rà soát văn bản.", "- Đơn vị chủ trì, phối hợp: Sở Tư pháp; Sở Nội vụ.")));

        assertThat(codes(item, ResponsibilityRole.LEAD)).containsExactly("so-tu-phap", "so-noi-vu");
        assertThat(codes(item, ResponsibilityRole.COORDINATOR)).isEmpty();
    }

    @Test
    void labelledLinesGiveResponsibilitiesAndTheTimeFrameAndOtherLinesStayText() {
        ParsedItem item = only(reader.read(List.of(
                "1. Rà soát văn bản.",
                "- Đầu mối: Sở Tư pháp.",
                "- Cơ quan phối hợp: Sở Nội vụ.",
                "- Thời hạn hoàn thành: Quý II/2024.",
                "- Sản phẩm: Báo cáo kết quả.",
                "Lưu ý: gửi kèm danh mục.")));

        assertThat(codes(item, ResponsibilityRole.LEAD)).containsExactly("so-tu-phap");
        assertThat(codes(item, ResponsibilityRole.COORDINATOR)).containsExactly("so-noi-vu");
        assertThat(item.schedule().deadline()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(item.text()).isEqualTo("Rà soát văn bản.\nBáo cáo kết quả.\nLưu ý: gửi kèm danh mục.");
    }

    @Test
    void linesBelowTheLastSubItemApplyToTheWholeItemWhenNoOtherSubItemHasAny() {
        ParsedItem item = only(reader.read(List.of(
                "6. Kiện toàn tổ chức bộ máy.",
                "a) Rà soát biên chế.",
                "b) Bồi dưỡng công chức.",
                "- Cơ quan chủ trì: Sở Tư pháp.",
                "- Thời gian thực hiện: Năm 2024.")));

        assertThat(codes(item, ResponsibilityRole.LEAD)).containsExactly("so-tu-phap");
        assertThat(item.schedule().deadline()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(item.children()).allSatisfy(child -> {
            assertThat(codes(child, ResponsibilityRole.LEAD)).containsExactly("so-tu-phap");
            assertThat(child.schedule().deadline()).isEqualTo(LocalDate.of(2024, 12, 31));
        });
    }

    @Test
    void linesBelowTheLastSubItemStayWithItWhenAnEarlierSubItemHasItsOwn() {
        ParsedItem item = only(reader.read(List.of(
                "6. Kiện toàn tổ chức bộ máy.",
                "a) Rà soát biên chế.",
                "- Cơ quan chủ trì: Sở Nội vụ.",
                "b) Bồi dưỡng công chức.",
                "- Cơ quan chủ trì: Sở Tư pháp.")));

        assertThat(item.responsibilities()).isEmpty();
        assertThat(codes(item.children().get(0), ResponsibilityRole.LEAD)).containsExactly("so-noi-vu");
        assertThat(codes(item.children().get(1), ResponsibilityRole.LEAD)).containsExactly("so-tu-phap");
    }

    @Test
    void onlyTrueRomanNumeralsOpenSections() {
        assertThat(ItemTreeReader.opensSection("IV. KINH PHÍ")).isTrue();
        assertThat(ItemTreeReader.opensSection("IIII. KINH PHÍ")).isFalse();
        assertThat(ItemTreeReader.looksLikeSection("IIII. KINH PHÍ")).isTrue();
        assertThat(ItemTreeReader.opensNumberedItem("2) Tuyên truyền")).isTrue();
        assertThat(ItemTreeReader.opensNumberedItem("2024 là năm bản lề")).isFalse();
    }

    private static ParsedItem only(List<ParsedItem> top) {
        assertThat(top).hasSize(1);
        return top.get(0);
    }

    private static Map<String, ParsedItem> all(List<ParsedItem> top) {
        return top.stream()
                .flatMap(i -> i.flatten().stream())
                .collect(Collectors.toMap(ParsedItem::code, Function.identity()));
    }

    private static List<String> codes(ParsedItem item, ResponsibilityRole role) {
        return item.responsibilities().stream()
                .filter(r -> r.role() == role)
                .map(r -> r.body().agencyCode())
                .toList();
    }
}
