package vn.dondoc.targets.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.dondoc.platform.control.VietnameseFormat;
import vn.dondoc.targets.control.Change.Kind;
import vn.dondoc.targets.entity.Measure;

/** The seeds' numbers: 2.897 of 3.073 mediations, 75,2 % up 34,2 points, 143 clubs up 37. */
class ArithmeticTest {

    @Test
    void aRateKeepsItsNumeratorAndDenominatorAndIsRoundedHalfUpOnTheExactFraction() {
        Result mediations = Result.rate(new BigDecimal("2897"), new BigDecimal("3073"), "2024-Y");
        assertThat(mediations.numerator()).isEqualByComparingTo("2897");
        assertThat(mediations.denominator()).isEqualByComparingTo("3073");
        assertThat(mediations.value()).isEqualByComparingTo("94.27");
        assertThat(mediations.value().scale()).isEqualTo(2);
        assertThat(mediations.oneDecimal()).isEqualTo("94,3 %");
        assertThat(mediations.shown()).isEqualTo("94,27 % (2.897/3.073)");
    }

    @Test
    void theOneDecimalFormRoundsOnceFromTheExactFractionNotFromTheTwoDecimalOne() {
        // 1.249 of 1.000 people → 124,9 %; 94,249… must give 94,2, not 94,25 → 94,3.
        Result r = Result.rate(new BigDecimal("94249"), new BigDecimal("100000"), "2024-Y");
        assertThat(r.value()).isEqualByComparingTo("94.25");
        assertThat(r.oneDecimal()).isEqualTo("94,2 %");
        assertThat(VietnameseFormat.percentOneDecimal(new BigDecimal("94.25"))).isEqualTo("94,3 %");
    }

    @Test
    void aRateChangesInPercentagePoints() {
        Change c = Change.between(Measure.RATE, new BigDecimal("41.0"), new BigDecimal("75.2"), "2023-Y");
        assertThat(c.kind()).isEqualTo(Kind.PERCENTAGE_POINTS);
        assertThat(c.value()).isEqualByComparingTo("34.2");
        assertThat(c.label()).isEqualTo("tăng 34,2 điểm phần trăm / up 34.2 percentage points");
    }

    @Test
    void aCountChangesRelativelyInPerCentOfTheBase() {
        Change c = Change.between(Measure.COUNT, new BigDecimal("106"), new BigDecimal("143"), "2023-Y");
        assertThat(c.kind()).isEqualTo(Kind.RELATIVE_PERCENT);
        assertThat(c.value()).isEqualByComparingTo("34.91");
        assertThat(c.label()).isEqualTo("tăng 34,91 % / up 34.91 %");
        Change down = Change.between(Measure.COUNT, new BigDecimal("100"), new BigDecimal("80"), "2023-Y");
        assertThat(down.value()).isEqualByComparingTo("-20");
        assertThat(down.label()).startsWith("giảm 20 %");
    }

    @Test
    void theSameNumbersGiveDifferentChangesForARateAndACount() {
        Change rate = Change.between(Measure.RATE, new BigDecimal("50"), new BigDecimal("60"), "2023-Y");
        Change count = Change.between(Measure.COUNT, new BigDecimal("50"), new BigDecimal("60"), "2023-Y");
        assertThat(rate.value()).isEqualByComparingTo("10");
        assertThat(count.value()).isEqualByComparingTo("20");
        assertThat(rate.label()).contains("điểm phần trăm");
        assertThat(count.label()).doesNotContain("điểm");
    }

    @Test
    void aCountFromNothingHasNoRelativeChange() {
        Change c = Change.between(Measure.COUNT, BigDecimal.ZERO, new BigDecimal("5"), "2023-Y");
        assertThat(c.value()).isNull();
        assertThat(c.label()).contains("kỳ gốc bằng 0");
    }

    @Test
    void aRateNeedsADenominator() {
        assertThatThrownBy(() -> Result.rate(BigDecimal.ONE, BigDecimal.ZERO, "2024-Y"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesMatchWhateverTheCaseSpacesAndCompositionButNotTheDiacritics() {
        String nfd = java.text.Normalizer.normalize("Số  vụ việc", java.text.Normalizer.Form.NFD);
        assertThat(AcceptedFigures.key(nfd)).isEqualTo(AcceptedFigures.key(" số vụ VIỆC "));
        assertThat(AcceptedFigures.key("Sổ vụ việc")).isNotEqualTo(AcceptedFigures.key("Số vụ việc"));
    }
}
