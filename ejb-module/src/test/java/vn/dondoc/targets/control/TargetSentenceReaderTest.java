package vn.dondoc.targets.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.targets.control.TargetSentenceReader.ReadTarget;
import vn.dondoc.targets.entity.Basis;
import vn.dondoc.targets.entity.Direction;

class TargetSentenceReaderTest {

    private static ReadTarget only(String text) {
        List<ReadTarget> read = TargetSentenceReader.read(text);
        assertThat(read).as(text).hasSize(1);
        return read.get(0);
    }

    @Test
    void atLeastAPercentageIsARateTargetNamedByItsClause() {
        ReadTarget t = only("Giải quyết dứt điểm các đơn thư tồn đọng, giải quyết xong các vụ việc thuộc thẩm quyền"
                + " mới phát sinh trong năm 2024 đạt tỷ lệ ít nhất 95%.");
        assertThat(t.direction()).isEqualTo(Direction.AT_LEAST);
        assertThat(t.strict()).isFalse();
        assertThat(t.value()).isEqualByComparingTo("95");
        assertThat(t.unit()).isEqualTo("%");
        assertThat(t.basis()).isEqualTo(Basis.LEVEL);
        assertThat(t.name()).isEqualTo("Giải quyết xong các vụ việc thuộc thẩm quyền mới phát sinh trong năm 2024");
        assertThat(t.sentence()).startsWith("Giải quyết dứt điểm").endsWith("ít nhất 95%.");
    }

    @Test
    void aBareHundredPercentIsAtLeastAHundred() {
        ReadTarget t = only("Trả lời đúng thời hạn 100% số văn bản xin ý kiến chỉ đạo của các cơ quan THADS địa"
                + " phương, xác định rõ phạm vi trách nhiệm");
        assertThat(t.direction()).isEqualTo(Direction.AT_LEAST);
        assertThat(t.value()).isEqualByComparingTo("100");
        assertThat(t.name())
                .isEqualTo("Trả lời đúng thời hạn số văn bản xin ý kiến chỉ đạo của các cơ quan THADS địa phương");
    }

    @Test
    void twoPercentagesInOneSentenceAreTwoTargets() {
        List<ReadTarget> read = TargetSentenceReader.read(
                "Thi hành xong 83,25% về việc và 46,78% về tiền, đạt và vượt chỉ tiêu được giao.");
        assertThat(read)
                .extracting(ReadTarget::value)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("83.25"), new BigDecimal("46.78"));
        assertThat(read.get(0).name()).isEqualTo("Thi hành xong về việc");
        assertThat(read.get(1).name()).isEqualTo("Thi hành xong về việc về tiền");
    }

    @Test
    void aBracketedTargetIsNamedByWhatTheBracketHolds() {
        ReadTarget t = only("Cắt giảm, đơn giản hóa thủ tục hành chính lĩnh vực Tư pháp (đơn giản hóa ít nhất 20%)");
        assertThat(t.direction()).isEqualTo(Direction.AT_LEAST);
        assertThat(t.value()).isEqualByComparingTo("20");
        assertThat(t.name()).isEqualTo("Đơn giản hóa");
    }

    @Test
    void aboveIsAStrictLowerBoundAndBelowAStrictUpperBound() {
        ReadTarget above = only("Tỷ lệ hồ sơ trực tuyến trên 80%");
        assertThat(above.direction()).isEqualTo(Direction.AT_LEAST);
        assertThat(above.strict()).isTrue();
        ReadTarget below = only("Tỷ lệ hồ sơ trễ hạn dưới 5%");
        assertThat(below.direction()).isEqualTo(Direction.AT_MOST);
        assertThat(below.strict()).isTrue();
        assertThat(below.name()).isEqualTo("Tỷ lệ hồ sơ trễ hạn");
    }

    @Test
    void notMoreThanAndAtMostAreNonStrictUpperBounds() {
        ReadTarget rate = only("Tỷ lệ án tồn đọng không quá 10%");
        assertThat(rate.direction()).isEqualTo(Direction.AT_MOST);
        assertThat(rate.strict()).isFalse();
        ReadTarget days = only("Giải quyết hồ sơ lý lịch tư pháp trong thời hạn tối đa 10 ngày");
        assertThat(days.direction()).isEqualTo(Direction.AT_MOST);
        assertThat(days.value()).isEqualByComparingTo("10");
        assertThat(days.unit()).isEqualTo("ngày");
        assertThat(days.name()).isEqualTo("Giải quyết hồ sơ lý lịch tư pháp trong thời hạn");
    }

    @Test
    void aCountNeedsABoundWordAndKeepsItsUnit() {
        ReadTarget t = only("Tổ chức ít nhất 02 hội nghị tập huấn nghiệp vụ trong năm 2024");
        assertThat(t.value()).isEqualByComparingTo("2");
        assertThat(t.unit()).isEqualTo("hội nghị");
        assertThat(t.name()).isEqualTo("Tổ chức tập huấn nghiệp vụ trong năm");
        assertThat(TargetSentenceReader.read("Tổ chức 02 hội nghị trong năm 2024, ngày 15/12/2024"))
                .isEmpty();
    }

    @Test
    void aReachedCountAfterAYearIsStillRead() {
        ReadTarget t = only("Trong năm 2024 đạt 1.250 hồ sơ");
        assertThat(t.value()).isEqualByComparingTo("1250");
        assertThat(t.unit()).isEqualTo("hồ sơ");
    }

    @Test
    void aDecreaseOfAtLeastTwentyPercentIsAChangeOfAtMostMinusTwentyAgainstThePreviousYear() {
        ReadTarget t = only("Số vụ việc tồn đọng giảm ít nhất 20% so với năm trước");
        assertThat(t.basis()).isEqualTo(Basis.CHANGE);
        assertThat(t.direction()).isEqualTo(Direction.AT_MOST);
        assertThat(t.value()).isEqualByComparingTo("-20");
        assertThat(t.previousYear()).isTrue();
        assertThat(t.baseYear()).isNull();
        assertThat(t.name()).isEqualTo("Số vụ việc tồn đọng");
    }

    @Test
    void anIncreaseAgainstANamedYearKeepsThatYear() {
        List<ReadTarget> read = TargetSentenceReader.read(
                "Tỷ lệ người dân sử dụng dịch vụ công trực tuyến đạt tỷ lệ 75,2% (tăng 34,2% so với năm 2023)");
        assertThat(read).hasSize(2);
        assertThat(read.get(0).basis()).isEqualTo(Basis.LEVEL);
        assertThat(read.get(0).value()).isEqualByComparingTo("75.2");
        assertThat(read.get(0).name()).isEqualTo("Tỷ lệ người dân sử dụng dịch vụ công trực tuyến");
        ReadTarget change = read.get(1);
        assertThat(change.basis()).isEqualTo(Basis.CHANGE);
        assertThat(change.direction()).isEqualTo(Direction.AT_LEAST);
        assertThat(change.value()).isEqualByComparingTo("34.2");
        assertThat(change.baseYear()).isEqualTo(2023);
        assertThat(change.previousYear()).isFalse();
    }

    @Test
    void aDecreaseOfAtMostFivePercentIsAChangeOfAtLeastMinusFive() {
        ReadTarget t = only("Chi phí giảm tối đa 5% so với cùng kỳ");
        assertThat(t.direction()).isEqualTo(Direction.AT_LEAST);
        assertThat(t.value()).isEqualByComparingTo("-5");
        assertThat(t.previousYear()).isTrue();
    }

    @Test
    void wordsThatOnlyLookLikeBoundsAreNotTargets() {
        assertThat(TargetSentenceReader.read("Tuyên truyền trên địa bàn tỉnh, trên các phương tiện thông tin"))
                .isEmpty();
        assertThat(TargetSentenceReader.read("Thực hiện theo Kế hoạch số 204/KH-UBND ngày 20/12/2023"))
                .isEmpty();
        assertThat(TargetSentenceReader.read(null)).isEmpty();
    }

    @Test
    void decomposedTextIsReadAsComposed() {
        String nfd =
                java.text.Normalizer.normalize("Tỷ lệ giải quyết đúng hạn ít nhất 95%", java.text.Normalizer.Form.NFD);
        ReadTarget t = only(nfd);
        assertThat(t.name()).isEqualTo("Tỷ lệ giải quyết đúng hạn");
        assertThat(t.value()).isEqualByComparingTo("95");
    }

    @Test
    void vietnameseNumbersAreRead() {
        assertThat(TargetSentenceReader.number("75,2")).isEqualByComparingTo("75.2");
        assertThat(TargetSentenceReader.number("10.000")).isEqualByComparingTo("10000");
        assertThat(TargetSentenceReader.number("1.250,5")).isEqualByComparingTo("1250.5");
        assertThat(TargetSentenceReader.number("94.27")).isEqualByComparingTo("94.27");
    }
}
