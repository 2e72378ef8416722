package vn.dondoc.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.dondoc.documents.entity.ReportingFrequency;

class PeriodKindTest {

    @ParameterizedTest(name = "{0} reports are for periods of kind {1}")
    @CsvSource({"MONTHLY, MONTH", "QUARTERLY, QUARTER", "SEMIANNUAL, HALF_YEAR", "ANNUAL, YEAR"})
    void eachReportingFrequencyAsksForItsKindOfPeriod(ReportingFrequency frequency, PeriodKind kind) {
        assertThat(PeriodKind.of(frequency)).isEqualTo(kind);
    }

    /** A frequency added to documents without a period kind would fail here, not in production. */
    @ParameterizedTest(name = "{0} has a period kind")
    @EnumSource(ReportingFrequency.class)
    void everyReportingFrequencyHasAPeriodKind(ReportingFrequency frequency) {
        assertThat(PeriodKind.of(frequency)).isNotNull();
    }

    @Test
    void aYearHasTwelveMonthsFourQuartersTwoHalvesAndOneYear() {
        assertThat(PeriodKind.MONTH.perYear()).isEqualTo(12);
        assertThat(PeriodKind.QUARTER.perYear()).isEqualTo(4);
        assertThat(PeriodKind.HALF_YEAR.perYear()).isEqualTo(2);
        assertThat(PeriodKind.YEAR.perYear()).isEqualTo(1);
    }
}
