package vn.dondoc.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dondoc.documents.entity.ReportingFrequency.ANNUAL;
import static vn.dondoc.documents.entity.ReportingFrequency.MONTHLY;
import static vn.dondoc.documents.entity.ReportingFrequency.SEMIANNUAL;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dondoc.calendar.control.MovedDay;
import vn.dondoc.calendar.control.WorkingCalendar;
import vn.dondoc.documents.entity.ReportingFrequency;
import vn.dondoc.reporting.entity.ObligationKind;

class ObligationScheduleTest {

    private static final WorkingCalendar BY_LAW = new WorkingCalendar(List.of());

    private static final SendingDeadline THREE_DAYS = new SendingDeadline(SendingDeadline.DEFAULT_WORKING_DAYS);

    /** Kế hoạch 204/KH-UBND: issued 21/07/2023, agencies' plans by 01/08/2023, reports every 6 months and every year. */
    private static final ReportingRegime KH_204 = new ReportingRegime(
            LocalDate.of(2023, 7, 21), LocalDate.of(2023, 8, 1), Set.of(SEMIANNUAL, ANNUAL), THREE_DAYS);

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static ReportingRegime regime(LocalDate issuedOn, LocalDate planDueOn, ReportingFrequency... frequencies) {
        return new ReportingRegime(issuedOn, planDueOn, Set.copyOf(Arrays.asList(frequencies)), THREE_DAYS);
    }

    /** Each obligation as "agency what due-date", to compare whole schedules at a glance. */
    private static List<String> shown(List<DueObligation> obligations) {
        return obligations.stream().map(o -> o.key() + " " + o.dueOn()).toList();
    }

    @Test
    void kh204AsOf01072024OwesThePlanAndEveryHalfYearAndYearUpToTheOnesHolding01072024() {
        List<DueObligation> owed = ObligationSchedule.of(KH_204, List.of("so-tu-phap"), date(2024, 7, 1), BY_LAW);

        assertThat(shown(owed))
                .containsExactly(
                        "so-tu-phap DELIVERABLE 2023-08-01",
                        "so-tu-phap 2023-H2 2023-12-19",
                        "so-tu-phap 2023-Y 2023-12-19",
                        "so-tu-phap 2024-H1 2024-06-19",
                        "so-tu-phap 2024-H2 2024-12-18",
                        "so-tu-phap 2024-Y 2024-12-18");
    }

    @Test
    void theKindAndPeriodOfEachObligationAreInItsKey() {
        List<DueObligation> owed = ObligationSchedule.of(KH_204, List.of("so-tu-phap"), date(2024, 7, 1), BY_LAW);

        assertThat(owed.get(0).key()).isEqualTo(ObligationKey.agencyPlan("so-tu-phap"));
        assertThat(owed.get(3).key())
                .isEqualTo(new ObligationKey(
                        "so-tu-phap", ObligationKind.PERIODIC, new ReportingPeriod(PeriodKind.HALF_YEAR, 2024, 1)));
        assertThat(owed.get(3).key().periodLabel()).isEqualTo("2024-H1");
    }

    /** 14/06/2024 is the cut-off of 2024-H1; 2024-H2 starts the day after. */
    @Test
    void onACutOffDayTheNextPeriodIsNotYetOwedAndTheDayAfterItIs() {
        List<String> onTheCutOff = shown(ObligationSchedule.of(
                regime(KH_204.issuedOn(), null, SEMIANNUAL), List.of("a"), date(2024, 6, 14), BY_LAW));
        List<String> dayAfter = shown(ObligationSchedule.of(
                regime(KH_204.issuedOn(), null, SEMIANNUAL), List.of("a"), date(2024, 6, 15), BY_LAW));

        assertThat(onTheCutOff).containsExactly("a 2023-H2 2023-12-19", "a 2024-H1 2024-06-19");
        assertThat(dayAfter).containsExactly("a 2023-H2 2023-12-19", "a 2024-H1 2024-06-19", "a 2024-H2 2024-12-18");
    }

    @Test
    void aDocumentIssuedOnACutOffDayOwesThePeriodEndingThatDayAndOneIssuedTheDayAfterDoesNot() {
        LocalDate asOf = date(2024, 1, 10);

        assertThat(shown(ObligationSchedule.of(regime(date(2023, 12, 14), null, ANNUAL), List.of("a"), asOf, BY_LAW)))
                .containsExactly("a 2023-Y 2023-12-19", "a 2024-Y 2024-12-18");
        assertThat(shown(ObligationSchedule.of(regime(date(2023, 12, 15), null, ANNUAL), List.of("a"), asOf, BY_LAW)))
                .containsExactly("a 2024-Y 2024-12-18");
    }

    @Test
    void anAgencyNamedTwiceOwesOnceAndAgenciesComeInCodeOrder() {
        List<DueObligation> owed = ObligationSchedule.of(
                regime(KH_204.issuedOn(), KH_204.agencyPlanDueOn()),
                List.of("so-tu-phap", "cong-an-tinh", "so-tu-phap"),
                date(2024, 7, 1),
                BY_LAW);

        assertThat(shown(owed))
                .containsExactly("cong-an-tinh DELIVERABLE 2023-08-01", "so-tu-phap DELIVERABLE 2023-08-01");
    }

    @Test
    void everyAgencyOwesTheSameObligations() {
        List<DueObligation> owed =
                ObligationSchedule.of(KH_204, List.of("so-tu-phap", "cong-an-tinh"), date(2024, 7, 1), BY_LAW);

        assertThat(owed).hasSize(12);
        assertThat(owed.subList(0, 6))
                .extracting(o -> o.key().periodLabel() + " " + o.dueOn())
                .containsExactlyElementsOf(owed.subList(6, 12).stream()
                        .map(o -> o.key().periodLabel() + " " + o.dueOn())
                        .toList());
    }

    @Test
    void noReportingAgencyOwesNothing() {
        assertThat(ObligationSchedule.of(KH_204, List.of(), date(2024, 7, 1), BY_LAW))
                .isEmpty();
    }

    @Test
    void aBlankAgencyCodeIsRefused() {
        assertThatThrownBy(
                        () -> ObligationSchedule.of(KH_204, Arrays.asList("so-tu-phap", " "), date(2024, 7, 1), BY_LAW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("code is missing");
        assertThatThrownBy(() ->
                        ObligationSchedule.of(KH_204, Arrays.asList("so-tu-phap", null), date(2024, 7, 1), BY_LAW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDocumentWithoutReportingFrequenciesOwesOnlyTheAgencyPlan() {
        List<DueObligation> owed = ObligationSchedule.of(
                regime(KH_204.issuedOn(), KH_204.agencyPlanDueOn()), List.of("a"), date(2026, 1, 1), BY_LAW);

        assertThat(shown(owed)).containsExactly("a DELIVERABLE 2023-08-01");
    }

    @Test
    void aDocumentWithoutAnAgencyPlanDateOwesOnlyThePeriodReports() {
        List<DueObligation> owed = ObligationSchedule.of(
                regime(KH_204.issuedOn(), null, SEMIANNUAL, ANNUAL), List.of("a"), date(2024, 7, 1), BY_LAW);

        assertThat(owed).extracting(o -> o.key().kind()).containsOnly(ObligationKind.PERIODIC);
        assertThat(owed)
                .extracting(o -> o.key().periodLabel())
                .containsExactly("2023-H2", "2023-Y", "2024-H1", "2024-H2", "2024-Y");
    }

    @Test
    void aDocumentAskingForNothingOwesNothing() {
        assertThat(ObligationSchedule.of(regime(null, null), List.of("a"), date(2024, 7, 1), BY_LAW))
                .isEmpty();
    }

    /** The agency plan owes nothing to the day asked about: it is owed from the document's date. */
    @Test
    void theAgencyPlanIsOwedEvenBeforeItsDueDate() {
        assertThat(shown(ObligationSchedule.of(KH_204, List.of("a"), date(2023, 7, 21), BY_LAW)))
                .containsExactly("a DELIVERABLE 2023-08-01", "a 2023-H2 2023-12-19", "a 2023-Y 2023-12-19");
    }

    @Test
    void anAgencyPlanDueOnASaturdayIsDueOnTheMonday() {
        LocalDate saturday = date(2024, 8, 3);
        assertThat(saturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);

        List<DueObligation> owed =
                ObligationSchedule.of(regime(date(2024, 7, 1), saturday), List.of("a"), date(2024, 7, 1), BY_LAW);

        assertThat(owed).extracting(DueObligation::dueOn).containsExactly(date(2024, 8, 5));
    }

    /**
     * 30/04 and 01/05/2025 are holidays; 02/05/2025 is a Friday, a working day by law, which the
     * government's notice gave off as a bridge day (a tenant's moved day). The plan is then due Monday 05/05.
     */
    @Test
    void anAgencyPlanDueOnAHolidayIsDueOnTheNextWorkingDayOfTheTenantsCalendar() {
        ReportingRegime dueOnHoliday = regime(date(2025, 4, 1), date(2025, 4, 30));
        WorkingCalendar withBridgeDay =
                new WorkingCalendar(List.of(new MovedDay(date(2025, 5, 2), false, "Hoán đổi ngày làm việc")));

        assertThat(ObligationSchedule.of(dueOnHoliday, List.of("a"), date(2025, 4, 1), BY_LAW))
                .extracting(DueObligation::dueOn)
                .containsExactly(date(2025, 5, 2));
        assertThat(ObligationSchedule.of(dueOnHoliday, List.of("a"), date(2025, 4, 1), withBridgeDay))
                .extracting(DueObligation::dueOn)
                .containsExactly(date(2025, 5, 5));
    }

    /**
     * Monthly: 2026-M01 cuts off Wednesday 14/01 (due Monday 19/01); 2026-M02 Saturday 14/02, right
     * before Tết (due 25/02); 20/02/2026 lies in 2026-M03, cut off Saturday 14/03 (due Wednesday 18/03).
     */
    @Test
    void monthlyReportsAreDuePastWeekendsAndTet() {
        List<DueObligation> owed =
                ObligationSchedule.of(regime(date(2026, 1, 1), null, MONTHLY), List.of("a"), date(2026, 2, 20), BY_LAW);

        assertThat(shown(owed))
                .containsExactly("a 2026-M01 2026-01-19", "a 2026-M02 2026-02-25", "a 2026-M03 2026-03-18");
    }

    @Test
    void aDocumentsOwnSendingDeadlineSetsThePeriodsDueDatesButNotThePlans() {
        ReportingRegime fiveDays = new ReportingRegime(
                KH_204.issuedOn(), KH_204.agencyPlanDueOn(), Set.of(SEMIANNUAL), new SendingDeadline(5));

        assertThat(shown(ObligationSchedule.of(fiveDays, List.of("a"), date(2024, 1, 1), BY_LAW)))
                .containsExactly("a DELIVERABLE 2023-08-01", "a 2023-H2 2023-12-21", "a 2024-H1 2024-06-21");
    }

    @Test
    void periodReportsWithoutTheDocumentsDateAreRefused() {
        assertThatThrownBy(() -> new ReportingRegime(null, null, Set.of(ANNUAL), THREE_DAYS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no date");
    }

    @Test
    void theRegimesFrequenciesCannotBeChangedAfterwards() {
        assertThatThrownBy(() -> KH_204.frequencies().add(MONTHLY)).isInstanceOf(UnsupportedOperationException.class);
    }
}
