package vn.dondoc.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dondoc.agencies.control.NameMatcher;
import vn.dondoc.items.control.ParsedItem;
import vn.dondoc.testing.Directories;

/** Ordinal headings ("Thứ nhất, …") read as numbered items in a section of tasks, and nowhere else (D-044). */
class OrdinalHeadingTest {

    private final ItemTreeReader reader = new ItemTreeReader(new NameMatcher(Directories.of("vinh-phuc")));

    @Test
    void everyOrdinalWordIsReadAsItsNumber() {
        List<String> words = List.of(
                "nhất",
                "hai",
                "ba",
                "tư",
                "năm",
                "sáu",
                "bảy",
                "tám",
                "chín",
                "mười",
                "mười một",
                "mười hai",
                "mười ba",
                "mười bốn",
                "mười lăm",
                "mười sáu",
                "mười bảy",
                "mười tám",
                "mười chín",
                "hai mươi");
        for (int n = 1; n <= words.size(); n++) {
            assertThat(OrdinalHeading.of("Thứ " + words.get(n - 1) + ", rà soát văn bản."))
                    .as(words.get(n - 1))
                    .hasValueSatisfying(number(n));
        }
        assertThat(OrdinalHeading.of("Thứ mười tư, kiểm tra.")).hasValueSatisfying(number(14));
        assertThat(OrdinalHeading.of("Thứ bẩy: kiểm tra.")).hasValueSatisfying(number(7));
        assertThat(OrdinalHeading.of("Thứ mười năm. Kiểm tra.")).hasValueSatisfying(number(15));
        assertThat(OrdinalHeading.of("THỨ MƯỜI MỘT")).hasValueSatisfying(number(11));
    }

    @Test
    void aHeadingWithRunOnTextKeepsTheTextAndOneOnItsOwnLineTakesTheNext() {
        OrdinalHeading runOn = OrdinalHeading.of("Thứ ba, hoàn thiện thể chế về bồi thường nhà nước.")
                .orElseThrow();
        assertThat(runOn.label()).isEqualTo("Thứ ba");
        assertThat(runOn.text()).isEqualTo("Hoàn thiện thể chế về bồi thường nhà nước.");

        List<ParsedItem> top = reader.read(List.of(
                "II. NHIỆM VỤ TRỌNG TÂM VÀ GIẢI PHÁP CHỦ YẾU",
                "Thứ nhất, rà soát văn bản quy phạm pháp luật.",
                "a) Sở Tư pháp chủ trì rà soát; thời gian hoàn thành: Quý II/2024.",
                "b) Sở Nội vụ chủ trì kiểm tra.",
                "Thứ hai",
                "Tuyên truyền pháp luật cho Nhân dân.",
                "Thứ ba, kiểm tra thủ tục hành chính."));

        Map<String, ParsedItem> all = all(top);
        assertThat(all.keySet()).containsExactlyInAnyOrder("II", "II.1", "II.1.a", "II.1.b", "II.2", "II.3");
        assertThat(all.get("II.2").label()).isEqualTo("Thứ hai");
        assertThat(all.get("II.2").text()).isEqualTo("Tuyên truyền pháp luật cho Nhân dân.");
        assertThat(all.get("II.3").text()).isEqualTo("Kiểm tra thủ tục hành chính.");
        assertThat(all.get("II.1.a").responsibilities())
                .extracting(r -> r.body().agencyCode())
                .containsExactly("so-tu-phap");
    }

    @Test
    void aWeekdayOrAnOrdinalOutsideTheTasksOrOutOfOrderStaysText() {
        assertThat(OrdinalHeading.of("Thứ hai là ngày giao ban định kỳ của Sở."))
                .isEmpty();
        assertThat(OrdinalHeading.of("Thứ hai, ngày 15/01/2024, Sở tổ chức hội nghị."))
                .isEmpty();
        assertThat(OrdinalHeading.of("Thứ trưởng Bộ Tư pháp chủ trì hội nghị.")).isEmpty();

        List<ParsedItem> top = reader.read(List.of(
                "I. MỤC ĐÍCH, YÊU CẦU",
                "Thứ nhất, bảo đảm thống nhất.",
                "II. NHIỆM VỤ CỤ THỂ",
                "1. Rà soát văn bản.",
                "Thứ hai là ngày giao ban.",
                "Thứ ba, nội dung thứ ba không có nội dung thứ hai trước nó."));

        assertThat(all(top).keySet()).containsExactlyInAnyOrder("I", "II", "II.1");
        assertThat(all(top).get("I").text()).contains("Thứ nhất, bảo đảm thống nhất.");
        assertThat(all(top).get("II.1").text())
                .contains("Thứ hai là ngày giao ban.")
                .contains("Thứ ba, nội dung");
    }

    @Test
    void ordinalsInsideAnItemPrintedWithANumberStayItsTextAndTakeNoCode() {
        List<ParsedItem> top = reader.read(List.of(
                "II. NHIỆM VỤ TRỌNG TÂM VÀ GIẢI PHÁP CHỦ YẾU",
                "1. Hoàn thiện thể chế, tập trung vào hai nội dung:",
                "Thứ nhất, rà soát văn bản quy phạm pháp luật.",
                "Thứ hai, kiểm tra văn bản.",
                "2. Tuyên truyền pháp luật."));

        assertThat(all(top).keySet()).containsExactlyInAnyOrder("II", "II.1", "II.2");
        assertThat(all(top).get("II.1").label()).isEqualTo("1.");
        assertThat(all(top).get("II.1").text()).contains("Thứ nhất, rà soát").contains("Thứ hai, kiểm tra");
    }

    @Test
    void theTasksHeadingIsKnownNumberedOrNotButNotInASentence() {
        assertThat(OrdinalHeading.headsTasks("II. NHIỆM VỤ TRỌNG TÂM VÀ GIẢI PHÁP CHỦ YẾU"))
                .isTrue();
        assertThat(OrdinalHeading.headsTasks("NHỮNG NHIỆM VỤ TRỌNG TÂM VÀ GIẢI PHÁP CHỦ YẾU"))
                .isTrue();
        assertThat(OrdinalHeading.headsTasks("B. Các nhiệm vụ trọng tâm và giải pháp chủ yếu năm 2024"))
                .isTrue();
        assertThat(OrdinalHeading.headsTasks("Phần thứ hai: NHIỆM VỤ TRỌNG TÂM VÀ GIẢI PHÁP CHỦ YẾU"))
                .isTrue();
        assertThat(OrdinalHeading.headsTasks("Bộ Tư pháp xác định những nhiệm vụ trọng tâm và giải pháp chủ yếu sau:"))
                .isFalse();
    }

    @Test
    void aPlanWithoutRomanSectionsBeginsItsBodyAtTheTasksHeadingNotAtTheTitleThatRepeatsIt() throws Exception {
        ParsedPlan plan = new PlanParser(new NameMatcher(Directories.of("vinh-phuc")))
                .parse(String.join(
                        "\n",
                        "ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC",
                        "Số: 7/KH-UBND",
                        "KẾ HOẠCH",
                        "Những nhiệm vụ trọng tâm và giải pháp chủ yếu năm 2024",
                        "Căn cứ tình hình thực tế, UBND tỉnh ban hành Kế hoạch như sau:",
                        "NHỮNG NHIỆM VỤ TRỌNG TÂM VÀ GIẢI PHÁP CHỦ YẾU",
                        "Thứ nhất, Sở Tư pháp chủ trì rà soát văn bản; thời gian hoàn thành: Quý II/2024.",
                        "Thứ hai, Sở Nội vụ chủ trì kiện toàn tổ chức bộ máy.",
                        "Nơi nhận:"));

        assertThat(plan.allItems().stream().map(ExpectedTree::line))
                .containsExactly(
                        "1 | Thứ nhất | so-tu-phap | - | DEADLINE 2024-06-30 | -",
                        "2 | Thứ hai | so-noi-vu | - | - | -");
        assertThat(plan.title()).isEqualTo("Những nhiệm vụ trọng tâm và giải pháp chủ yếu năm 2024");
    }

    private static java.util.function.Consumer<OrdinalHeading> number(int n) {
        return h -> assertThat(h.number()).isEqualTo(n);
    }

    private static Map<String, ParsedItem> all(List<ParsedItem> top) {
        return top.stream()
                .flatMap(i -> i.flatten().stream())
                .collect(Collectors.toMap(ParsedItem::code, Function.identity()));
    }
}
