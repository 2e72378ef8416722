package vn.dondoc.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dondoc.documents.entity.ReportingFrequency.ANNUAL;
import static vn.dondoc.documents.entity.ReportingFrequency.SEMIANNUAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dondoc.calendar.control.WorkingCalendar;

class RegenerationTest {

    private static final WorkingCalendar BY_LAW = new WorkingCalendar(List.of());

    private static final LocalDate AS_OF = LocalDate.of(2024, 7, 1);

    /** Kế hoạch 204/KH-UBND: issued 21/07/2023, agencies' plans by 01/08/2023, reports every 6 months and every year. */
    private static final ReportingRegime KH_204 = new ReportingRegime(
            LocalDate.of(2023, 7, 21),
            LocalDate.of(2023, 8, 1),
            Set.of(SEMIANNUAL, ANNUAL),
            new SendingDeadline(SendingDeadline.DEFAULT_WORKING_DAYS));

    private static List<DueObligation> owed(ReportingRegime regime, LocalDate asOf, String... agencies) {
        return ObligationSchedule.of(regime, List.of(agencies), asOf, BY_LAW);
    }

    /** What is stored after the obligations were generated, with reports for the keys named ("a 2023-H2"). */
    private static List<ExistingObligation> stored(List<DueObligation> generated, String... withReport) {
        Set<String> reported = Set.of(withReport);
        return generated.stream()
                .map(o -> new ExistingObligation(
                        o.key(), o.dueOn(), reported.contains(o.key().toString())))
                .toList();
    }

    /** What a store would hold after carrying the answer out: nothing but the answer's lists. */
    private static List<ExistingObligation> applied(Regeneration answer, List<ExistingObligation> before) {
        Map<ObligationKey, ExistingObligation> old =
                before.stream().collect(Collectors.toMap(ExistingObligation::key, Function.identity()));
        List<ExistingObligation> after = new ArrayList<>(answer.keep());
        answer.reschedule()
                .forEach(o -> after.add(new ExistingObligation(
                        o.key(), o.dueOn(), old.get(o.key()).hasReport())));
        answer.create().forEach(o -> after.add(new ExistingObligation(o.key(), o.dueOn(), false)));
        after.addAll(answer.orphaned());
        return after;
    }

    private static List<String> keys(List<?> obligations) {
        return obligations.stream()
                .map(o -> o instanceof DueObligation d ? d.key() : ((ExistingObligation) o).key())
                .map(ObligationKey::toString)
                .toList();
    }

    @Test
    void whenNothingChangedEveryObligationIsKeptAndNothingElse() {
        List<ExistingObligation> existing = stored(owed(KH_204, AS_OF, "a", "b"), "a 2023-H2");

        Regeneration answer = Regeneration.of(owed(KH_204, AS_OF, "a", "b"), existing);

        assertThat(answer.keep()).containsExactlyElementsOf(existing);
        assertThat(answer.create()).isEmpty();
        assertThat(answer.reschedule()).isEmpty();
        assertThat(answer.remove()).isEmpty();
        assertThat(answer.orphaned()).isEmpty();
    }

    @Test
    void anAgencyRemovedWithoutAReportLosesAllItsObligations() {
        List<ExistingObligation> existing = stored(owed(KH_204, AS_OF, "a", "b"));

        Regeneration answer = Regeneration.of(owed(KH_204, AS_OF, "a"), existing);

        assertThat(keys(answer.remove()))
                .containsExactly("b DELIVERABLE", "b 2023-H2", "b 2023-Y", "b 2024-H1", "b 2024-H2", "b 2024-Y");
        assertThat(keys(answer.keep())).allMatch(key -> key.startsWith("a "));
        assertThat(answer.keep()).hasSize(6);
        assertThat(answer.orphaned()).isEmpty();
        assertThat(answer.create()).isEmpty();
    }

    @Test
    void anAgencyRemovedWithAReportKeepsThatObligationOrphanedAndLosesTheRest() {
        List<ExistingObligation> existing = stored(owed(KH_204, AS_OF, "a", "b"), "b DELIVERABLE", "b 2023-H2");

        Regeneration answer = Regeneration.of(owed(KH_204, AS_OF, "a"), existing);

        assertThat(keys(answer.orphaned())).containsExactly("b DELIVERABLE", "b 2023-H2");
        assertThat(answer.orphaned()).allMatch(ExistingObligation::hasReport);
        assertThat(keys(answer.remove())).containsExactly("b 2023-Y", "b 2024-H1", "b 2024-H2", "b 2024-Y");
    }

    /** The agency taking over gets obligations of its own; the orphaned one stays with the agency that reported. */
    @Test
    void anOrphanedObligationIsNeverHandedToTheAgencyThatTakesOver() {
        List<ExistingObligation> existing = stored(owed(KH_204, AS_OF, "a", "b"), "b 2023-H2");

        Regeneration answer = Regeneration.of(owed(KH_204, AS_OF, "a", "c"), existing);

        assertThat(keys(answer.orphaned())).containsExactly("b 2023-H2");
        assertThat(keys(answer.create()))
                .containsExactly("c DELIVERABLE", "c 2023-H2", "c 2023-Y", "c 2024-H1", "c 2024-H2", "c 2024-Y");
        assertThat(answer.create())
                .extracting(DueObligation::key)
                .noneMatch(key -> key.agencyCode().equals("b"));
    }

    @Test
    void aNewAgencyIsGivenEveryObligationAndTheOthersAreKept() {
        List<ExistingObligation> existing = stored(owed(KH_204, AS_OF, "a"));

        Regeneration answer = Regeneration.of(owed(KH_204, AS_OF, "a", "b"), existing);

        assertThat(answer.create()).isEqualTo(owed(KH_204, AS_OF, "b"));
        assertThat(answer.keep()).containsExactlyElementsOf(existing);
        assertThat(answer.remove()).isEmpty();
        assertThat(answer.orphaned()).isEmpty();
    }

    /** 3 → 5 working days: every period report moves two working days later, reported or not; the plan stays. */
    @Test
    void aChangedSendingDeadlineReschedulesThePeriodReportsEvenThoseWithAReport() {
        List<ExistingObligation> existing = stored(owed(KH_204, AS_OF, "a"), "a 2023-H2");
        ReportingRegime fiveDays = new ReportingRegime(
                KH_204.issuedOn(), KH_204.agencyPlanDueOn(), KH_204.frequencies(), new SendingDeadline(5));

        Regeneration answer = Regeneration.of(owed(fiveDays, AS_OF, "a"), existing);

        assertThat(keys(answer.keep())).containsExactly("a DELIVERABLE");
        assertThat(answer.reschedule())
                .extracting(o -> o.key() + " " + o.dueOn())
                .containsExactly(
                        "a 2023-H2 2023-12-21",
                        "a 2023-Y 2023-12-21",
                        "a 2024-H1 2024-06-21",
                        "a 2024-H2 2024-12-20",
                        "a 2024-Y 2024-12-20");
        assertThat(answer.create()).isEmpty();
        assertThat(answer.remove()).isEmpty();
        assertThat(answer.orphaned()).isEmpty();
    }

    @Test
    void asTimePassesOnlyTheNewPeriodsAreCreated() {
        List<ExistingObligation> existing = stored(owed(KH_204, AS_OF, "a"));

        Regeneration answer = Regeneration.of(owed(KH_204, LocalDate.of(2024, 12, 20), "a"), existing);

        assertThat(keys(answer.create())).containsExactly("a 2025-H1", "a 2025-Y");
        assertThat(answer.keep()).containsExactlyElementsOf(existing);
    }

    @Test
    void aDroppedFrequencyRemovesItsUnreportedPeriodsAndOrphansTheReportedOne() {
        List<ExistingObligation> existing = stored(owed(KH_204, AS_OF, "a"), "a 2023-Y");
        ReportingRegime halfYearsOnly =
                new ReportingRegime(KH_204.issuedOn(), KH_204.agencyPlanDueOn(), Set.of(SEMIANNUAL), KH_204.deadline());

        Regeneration answer = Regeneration.of(owed(halfYearsOnly, AS_OF, "a"), existing);

        assertThat(keys(answer.orphaned())).containsExactly("a 2023-Y");
        assertThat(keys(answer.remove())).containsExactly("a 2024-Y");
        assertThat(keys(answer.keep())).containsExactly("a DELIVERABLE", "a 2023-H2", "a 2024-H1", "a 2024-H2");
    }

    @Test
    void anOrphanedObligationAskedForAgainIsKept() {
        List<ExistingObligation> existing = stored(owed(KH_204, AS_OF, "a", "b"), "b 2023-H2");
        Regeneration withoutB = Regeneration.of(owed(KH_204, AS_OF, "a"), existing);
        List<ExistingObligation> afterwards = applied(withoutB, existing);

        Regeneration bBack = Regeneration.of(owed(KH_204, AS_OF, "a", "b"), afterwards);

        assertThat(bBack.orphaned()).isEmpty();
        assertThat(keys(bBack.keep())).contains("b 2023-H2");
        assertThat(keys(bBack.create()))
                .containsExactly("b DELIVERABLE", "b 2023-Y", "b 2024-H1", "b 2024-H2", "b 2024-Y");
    }

    @Test
    void comparingAgainAfterTheAnswerWasCarriedOutChangesNothing() {
        List<ExistingObligation> existing = stored(owed(KH_204, AS_OF, "a", "b"), "b 2023-H2", "a 2024-H1");
        ReportingRegime changed =
                new ReportingRegime(KH_204.issuedOn(), null, Set.of(SEMIANNUAL), new SendingDeadline(4));
        List<DueObligation> desired = owed(changed, LocalDate.of(2025, 1, 2), "a", "c");
        Regeneration first = Regeneration.of(desired, existing);
        assertThat(first.create()).isNotEmpty();
        assertThat(first.reschedule()).isNotEmpty();
        assertThat(first.remove()).isNotEmpty();

        Regeneration second = Regeneration.of(desired, applied(first, existing));

        assertThat(second.create()).isEmpty();
        assertThat(second.reschedule()).isEmpty();
        assertThat(second.remove()).isEmpty();
        assertThat(second.orphaned()).containsExactlyInAnyOrderElementsOf(first.orphaned());
        assertThat(keys(second.keep())).containsExactlyInAnyOrderElementsOf(keys(desired));
    }

    @Test
    void everyObligationLandsInExactlyOneList() {
        List<ExistingObligation> existing = stored(owed(KH_204, AS_OF, "a", "b"), "b 2023-H2");
        List<DueObligation> desired = owed(
                new ReportingRegime(
                        KH_204.issuedOn(), KH_204.agencyPlanDueOn(), Set.of(SEMIANNUAL), new SendingDeadline(4)),
                LocalDate.of(2025, 1, 2),
                "a",
                "c");

        Regeneration answer = Regeneration.of(desired, existing);

        List<String> fromDesired = new ArrayList<>(keys(answer.create()));
        fromDesired.addAll(keys(answer.keep()));
        fromDesired.addAll(keys(answer.reschedule()));
        assertThat(fromDesired).containsExactlyInAnyOrderElementsOf(keys(desired));
        List<String> fromExisting = new ArrayList<>(keys(answer.keep()));
        fromExisting.addAll(keys(answer.reschedule()));
        fromExisting.addAll(keys(answer.remove()));
        fromExisting.addAll(keys(answer.orphaned()));
        assertThat(fromExisting).containsExactlyInAnyOrderElementsOf(keys(existing));
    }

    @Test
    void nothingWantedAndNothingStoredGivesNothingToDo() {
        Regeneration answer = Regeneration.of(List.of(), List.of());

        assertThat(List.of(answer.create(), answer.keep(), answer.reschedule(), answer.remove(), answer.orphaned()))
                .allMatch(List::isEmpty);
    }

    @Test
    void aKeyStoredTwiceIsRefused() {
        ExistingObligation plan =
                new ExistingObligation(ObligationKey.agencyPlan("a"), LocalDate.of(2023, 8, 1), false);
        ExistingObligation samePlanReported = new ExistingObligation(plan.key(), plan.dueOn(), true);

        assertThatThrownBy(() -> Regeneration.of(List.of(), List.of(plan, samePlanReported)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a DELIVERABLE");
    }

    @Test
    void aKeyDesiredTwiceIsRefused() {
        DueObligation plan = new DueObligation(ObligationKey.agencyPlan("a"), LocalDate.of(2023, 8, 1));

        assertThatThrownBy(() -> Regeneration.of(List.of(plan, plan), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAnswersListsCannotBeChanged() {
        Regeneration answer = Regeneration.of(owed(KH_204, AS_OF, "a"), List.of());

        assertThatThrownBy(() -> answer.create().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
