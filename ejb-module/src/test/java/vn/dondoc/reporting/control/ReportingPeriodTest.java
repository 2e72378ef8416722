package vn.dondoc.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dondoc.reporting.control.PeriodKind.HALF_YEAR;
import static vn.dondoc.reporting.control.PeriodKind.MONTH;
import static vn.dondoc.reporting.control.PeriodKind.QUARTER;
import static vn.dondoc.reporting.control.PeriodKind.YEAR;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingPeriodTest {

    private static ReportingPeriod period(String label) {
        return ReportingPeriod.parse(label);
    }

    private static List<String> labels(List<ReportingPeriod> periods) {
        return periods.stream().map(ReportingPeriod::label).toList();
    }

    private static long days(ReportingPeriod period) {
        return ChronoUnit.DAYS.between(period.firstDay(), period.cutOff()) + 1;
    }

    // --- labels

    @ParameterizedTest(name = "{0} reads back as {0}")
    @ValueSource(
            strings = {
                "2024-M01",
                "2024-M03",
                "2024-M11",
                "2024-M12",
                "2024-Q1",
                "2024-Q2",
                "2024-Q3",
                "2024-Q4",
                "2024-H1",
                "2024-H2",
                "2023-Y",
                "1000-Y",
                "9999-M12"
            })
    void everyLabelFormRoundTrips(String label) {
        assertThat(ReportingPeriod.parse(label).label()).isEqualTo(label);
    }

    @ParameterizedTest(name = "every {0} period of 2024 round-trips through its label")
    @EnumSource(PeriodKind.class)
    void everyPeriodOfAYearRoundTripsThroughItsLabel(PeriodKind kind) {
        for (int number = 1; number <= kind.perYear(); number++) {
            ReportingPeriod period = new ReportingPeriod(kind, 2024, number);
            assertThat(ReportingPeriod.parse(period.label())).isEqualTo(period);
        }
    }

    @ParameterizedTest(name = "{0} is {1} {2} number {3}")
    @CsvSource({
        "2024-M03, MONTH, 2024, 3",
        "2024-M11, MONTH, 2024, 11",
        "2024-Q3, QUARTER, 2024, 3",
        "2024-H1, HALF_YEAR, 2024, 1",
        "2023-Y, YEAR, 2023, 1"
    })
    void aLabelNamesTheKindTheYearAndTheNumber(String label, PeriodKind kind, int year, int number) {
        assertThat(ReportingPeriod.parse(label)).isEqualTo(new ReportingPeriod(kind, year, number));
    }

    @Test
    void aPeriodShowsAsItsLabel() {
        assertThat(new ReportingPeriod(MONTH, 2024, 3)).hasToString("2024-M03");
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(
            strings = {
                "",
                " ",
                "2024",
                "2024-",
                "2024-M3",
                "2024-M00",
                "2024-M13",
                "2024-m03",
                " 2024-M03",
                "2024-M03 ",
                "2024-Q0",
                "2024-Q5",
                "2024-Q01",
                "2024-H0",
                "2024-H3",
                "2024-Y1",
                "2024Y",
                "2024-y",
                "24-Y",
                "0999-Y",
                "12024-Y",
                "2024-W01",
                "2024-S1",
                "2024/Q1",
                "Q1-2024",
                "２０２４-Y"
            })
    void badLabelsAreRefusedWithAMessageNamingTheLabelAndTheAcceptedForms(String label) {
        assertThatThrownBy(() -> ReportingPeriod.parse(label))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + label + "\"")
                .hasMessageContaining("Kỳ báo cáo không hợp lệ")
                .hasMessageContaining("not a reporting period")
                .hasMessageContaining("2024-M03")
                .hasMessageContaining("2024-Q1")
                .hasMessageContaining("2024-H1")
                .hasMessageContaining("2024-Y");
    }

    @Test
    void noLabelIsRefusedLikeABadOne() {
        assertThatThrownBy(() -> ReportingPeriod.parse(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a reporting period: null");
    }

    @Test
    void aPeriodNumberOrYearOutOfRangeIsRefused() {
        assertThatThrownBy(() -> new ReportingPeriod(MONTH, 2024, 13)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportingPeriod(QUARTER, 2024, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportingPeriod(HALF_YEAR, 2024, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportingPeriod(YEAR, 2024, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportingPeriod(YEAR, 999, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportingPeriod(YEAR, 10000, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportingPeriod(null, 2024, 1)).isInstanceOf(NullPointerException.class);
    }

    // --- bounds (Nghị định 09/2019/NĐ-CP, Điều 12)

    @ParameterizedTest(name = "{0} runs from {1} to {2}")
    @CsvSource({
        "2024-M01, 2023-12-15, 2024-01-14", // January starts in the previous year
        "2024-M02, 2024-01-15, 2024-02-14",
        "2024-M03, 2024-02-15, 2024-03-14",
        "2024-M12, 2024-11-15, 2024-12-14",
        "2024-Q1, 2023-12-15, 2024-03-14", // so does Q1
        "2024-Q2, 2024-03-15, 2024-06-14",
        "2024-Q3, 2024-06-15, 2024-09-14",
        "2024-Q4, 2024-09-15, 2024-12-14",
        "2024-H1, 2023-12-15, 2024-06-14", // and H1
        "2024-H2, 2024-06-15, 2024-12-14",
        "2023-Y, 2022-12-15, 2023-12-14", // and the year
        "2024-Y, 2023-12-15, 2024-12-14"
    })
    void eachPeriodRunsFromThe15thToThe14th(String label, LocalDate firstDay, LocalDate cutOff) {
        ReportingPeriod period = period(label);
        assertThat(period.firstDay()).isEqualTo(firstDay);
        assertThat(period.cutOff()).isEqualTo(cutOff);
    }

    @Test
    void leapDaysBelongToMarchH1Q1AndTheYearAndLengthenThem() {
        LocalDate leapDay = LocalDate.of(2024, 2, 29);
        assertThat(period("2024-M03").contains(leapDay)).isTrue();
        assertThat(period("2024-M02").contains(leapDay)).isFalse();
        assertThat(ReportingPeriod.containing(QUARTER, leapDay)).isEqualTo(period("2024-Q1"));
        assertThat(ReportingPeriod.containing(HALF_YEAR, leapDay)).isEqualTo(period("2024-H1"));
        assertThat(ReportingPeriod.containing(YEAR, leapDay)).isEqualTo(period("2024-Y"));

        assertThat(days(period("2024-M03"))).isEqualTo(29);
        assertThat(days(period("2023-M03"))).isEqualTo(28);
        assertThat(days(period("2024-H1"))).isEqualTo(183);
        assertThat(days(period("2023-H1"))).isEqualTo(182);
        assertThat(days(period("2024-Y"))).isEqualTo(366);
        assertThat(days(period("2025-Y"))).isEqualTo(365);
        // 2100 is not a leap year: its March period is 28 days.
        assertThat(days(period("2100-M03"))).isEqualTo(28);
    }

    /** No day falls between two periods of a kind, and none belongs to two: 2019 to 2030, every kind. */
    @ParameterizedTest(name = "{0} periods follow each other without gap or overlap")
    @EnumSource(PeriodKind.class)
    void periodsOfAKindFollowEachOtherWithoutGapOrOverlap(PeriodKind kind) {
        ReportingPeriod period = new ReportingPeriod(kind, 2019, 1);
        while (period.year() <= 2030) {
            ReportingPeriod next = period.next();
            assertThat(next.firstDay()).isEqualTo(period.cutOff().plusDays(1));
            assertThat(ReportingPeriod.containing(kind, period.firstDay())).isEqualTo(period);
            assertThat(ReportingPeriod.containing(kind, period.cutOff())).isEqualTo(period);
            assertThat(period.contains(next.firstDay())).isFalse();
            period = next;
        }
    }

    // --- containing, contains, next

    @ParameterizedTest(name = "{1} is in the {0} period {2}")
    @CsvSource({
        "YEAR, 2023-12-14, 2023-Y",
        "YEAR, 2023-12-15, 2024-Y",
        "YEAR, 2023-12-20, 2024-Y",
        "YEAR, 2024-01-01, 2024-Y",
        "HALF_YEAR, 2023-12-14, 2023-H2",
        "HALF_YEAR, 2023-12-15, 2024-H1",
        "HALF_YEAR, 2024-06-14, 2024-H1",
        "HALF_YEAR, 2024-06-15, 2024-H2",
        "QUARTER, 2023-12-14, 2023-Q4",
        "QUARTER, 2023-12-15, 2024-Q1",
        "QUARTER, 2024-03-31, 2024-Q2",
        "MONTH, 2023-12-14, 2023-M12",
        "MONTH, 2023-12-15, 2024-M01",
        "MONTH, 2023-12-31, 2024-M01",
        "MONTH, 2024-01-14, 2024-M01",
        "MONTH, 2024-01-15, 2024-M02"
    })
    void aDayAfterThe14thBelongsToThePeriodThatCutsOffNextMonth(PeriodKind kind, LocalDate day, String label) {
        assertThat(ReportingPeriod.containing(kind, day)).isEqualTo(period(label));
    }

    @Test
    void aPeriodContainsItsFirstDayAndItsCutOffAndNothingOutside() {
        ReportingPeriod year = period("2024-Y");
        assertThat(year.contains(LocalDate.of(2023, 12, 15))).isTrue();
        assertThat(year.contains(LocalDate.of(2024, 12, 14))).isTrue();
        assertThat(year.contains(LocalDate.of(2023, 12, 14))).isFalse();
        assertThat(year.contains(LocalDate.of(2024, 12, 15))).isFalse();
    }

    @ParameterizedTest(name = "after {0} comes {1}")
    @CsvSource({
        "2023-M12, 2024-M01",
        "2024-M03, 2024-M04",
        "2024-M09, 2024-M10",
        "2023-Q4, 2024-Q1",
        "2024-Q1, 2024-Q2",
        "2023-H2, 2024-H1",
        "2024-H1, 2024-H2",
        "2023-Y, 2024-Y"
    })
    void nextIsTheFollowingPeriodAcrossTheYearToo(String label, String next) {
        assertThat(period(label).next()).isEqualTo(period(next));
    }

    // --- cutOffBetween

    /** Kế hoạch 204/KH-UBND, 21/07/2023: results every 6 months and every year, through 2024. */
    @Test
    void keHoach204OwesThreeHalfYearAndTwoYearReportsThroughTheEndOf2024() {
        LocalDate issued = LocalDate.of(2023, 7, 21);
        LocalDate endOf2024 = LocalDate.of(2024, 12, 31);

        assertThat(labels(ReportingPeriod.cutOffBetween(HALF_YEAR, issued, endOf2024)))
                .containsExactly("2023-H2", "2024-H1", "2024-H2");
        assertThat(labels(ReportingPeriod.cutOffBetween(YEAR, issued, endOf2024)))
                .containsExactly("2023-Y", "2024-Y");
    }

    @Test
    void aCutOffOnEitherBoundIsIncludedAndOneDayOutsideIsNot() {
        LocalDate cutOff2023 = LocalDate.of(2023, 12, 14);
        LocalDate cutOff2024 = LocalDate.of(2024, 12, 14);

        assertThat(labels(ReportingPeriod.cutOffBetween(YEAR, cutOff2023, cutOff2024)))
                .containsExactly("2023-Y", "2024-Y");
        assertThat(ReportingPeriod.cutOffBetween(YEAR, cutOff2023.plusDays(1), cutOff2024.minusDays(1)))
                .isEmpty();
    }

    @Test
    void aCalendarYearHoldsTheCutOffsOfItsTwelveMonths() {
        assertThat(labels(ReportingPeriod.cutOffBetween(MONTH, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))))
                .containsExactly(
                        "2024-M01",
                        "2024-M02",
                        "2024-M03",
                        "2024-M04",
                        "2024-M05",
                        "2024-M06",
                        "2024-M07",
                        "2024-M08",
                        "2024-M09",
                        "2024-M10",
                        "2024-M11",
                        "2024-M12");
    }

    @Test
    void aRangeThatEndsBeforeItStartsHoldsNoPeriod() {
        assertThat(ReportingPeriod.cutOffBetween(QUARTER, LocalDate.of(2024, 12, 31), LocalDate.of(2024, 1, 1)))
                .isEmpty();
    }
}
