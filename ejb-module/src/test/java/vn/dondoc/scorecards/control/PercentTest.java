package vn.dondoc.scorecards.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentTest {

    /** Báo cáo của Chính phủ, 2017: 14.068 đúng hạn, 1.983 quá hạn, 5.640 trong hạn, 223 quá hạn chưa xong. */
    private static final Tally GOVERNMENT_2017 = new Tally(14_068, 1_983, 5_640, 223, 0, 0, 0, 223, 0, 0, 0);

    @Test
    void theGovernments2017FiguresComeOutAsPublished() {
        assertThat(GOVERNMENT_2017.due()).isEqualTo(16_274);
        assertThat(GOVERNMENT_2017.completed()).isEqualTo(16_051);
        assertThat(Percent.favourable(GOVERNMENT_2017.completed(), GOVERNMENT_2017.due()))
                .isEqualTo(new BigDecimal("98.62"));
        assertThat(Percent.unfavourable(GOVERNMENT_2017.openOverdue(), GOVERNMENT_2017.due()))
                .isEqualTo(new BigDecimal("1.38"));
    }

    @Test
    void aRateInTheAgencysFavourIsRoundedDownAndOneAgainstItUp() {
        // 2/3 = 66.666…: never shown as 66.67 in the agency's favour; 1/3 = 33.333… never as 33.33 against it
        assertThat(Percent.favourable(2, 3)).isEqualTo(new BigDecimal("66.66"));
        assertThat(Percent.unfavourable(1, 3)).isEqualTo(new BigDecimal("33.34"));
    }

    @Test
    void anExactFractionIsNotMovedByEitherRounding() {
        assertThat(Percent.favourable(3, 8)).isEqualTo(new BigDecimal("37.50"));
        assertThat(Percent.unfavourable(3, 8)).isEqualTo(new BigDecimal("37.50"));
        assertThat(Percent.favourable(7, 7)).isEqualTo(new BigDecimal("100.00"));
        assertThat(Percent.unfavourable(0, 7)).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void aRateWithoutADenominatorIsNone() {
        assertThat(Percent.favourable(0, 0)).isNull();
        assertThat(Percent.unfavourable(0, 0)).isNull();
    }

    @Test
    void aPartLargerThanTheWholeIsAMistakeNotARate() {
        assertThatThrownBy(() -> Percent.favourable(4, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percent.unfavourable(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
