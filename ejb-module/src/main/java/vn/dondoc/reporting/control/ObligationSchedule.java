package vn.dondoc.reporting.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import vn.dondoc.calendar.control.WorkingCalendar;
import vn.dondoc.documents.entity.ReportingFrequency;
import vn.dondoc.reporting.entity.ObligationKind;

/**
 * Which obligations (nghĩa vụ báo cáo) a document creates, up to a given day. An obligation is one
 * agency owing one thing for one document:
 *
 * <ul>
 *   <li><b>its own implementation plan</b> ({@link ObligationKind#DELIVERABLE}), once, when the
 *       document sets a date for it. It is due on that date; when the date is not a working day on the
 *       tenant's calendar (a weekend, a holiday, a moved day off), on the next working day, as Bộ luật
 *       Dân sự 2015, Điều 148 khoản 5 ends a time limit whose last day is a day off. Nobody can hand a
 *       plan in to a closed office, and counting the agency late for it would be wrong. The plan is owed
 *       from the document's date, whatever the day asked about.
 *   <li><b>the results report of one period</b> ({@link ObligationKind#PERIODIC}) for each
 *       reporting frequency: 6 months gives {@code H} periods, a year {@code Y}, a quarter {@code Q}, a
 *       month {@code M}. Each is due {@link SendingDeadline#of} its period.
 * </ul>
 *
 * <p><b>Which periods.</b> From the document's date on, every period whose cut-off falls on or after
 * its issue date, so a plan issued mid-period owes that period's report (issued on a cut-off day, it
 * owes the period ending that day). Obligations are generated as time passes: never beyond the period
 * of each kind that contains {@code asOf}, and always up to and including it, so an agency sees the
 * report it is working towards before it is due. Kế hoạch 204 (21/07/2023, 6-monthly and yearly) as
 * of 01/07/2024 owes its plan (01/08/2023), {@code 2023-H2}, {@code 2024-H1}, {@code 2023-Y}, and,
 * because 01/07/2024 lies in them, {@code 2024-H2} and {@code 2024-Y} (both due 18/12/2024); as of
 * 14/06/2024, the last day of {@code 2024-H1}, not yet {@code 2024-H2}.
 *
 * <p><b>Who.</b> The reporting agencies are given: which bodies the document names for its reporting,
 * expanded to the members of groups, plus every lead of an item, is decided where the assignments
 * are. Each agency owes the same obligations, once however often it is named.
 */
public final class ObligationSchedule {

    private ObligationSchedule() {}

    /**
     * The obligations of every reporting agency under the regime, as of {@code asOf} (the tenant's
     * today), sorted as {@link ObligationKey} sorts: by agency, the plan first, then periods by cut-off.
     *
     * @param reportingAgencies agency codes, duplicates ignored; none gives no obligation
     * @throws IllegalArgumentException if an agency code is null or blank
     */
    public static List<DueObligation> of(
            ReportingRegime regime, Collection<String> reportingAgencies, LocalDate asOf, WorkingCalendar calendar) {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(calendar, "calendar");
        TreeSet<String> agencies = new TreeSet<>();
        for (String code : Objects.requireNonNull(reportingAgencies, "reportingAgencies")) {
            if (code == null || code.isBlank()) {
                throw new IllegalArgumentException("A reporting agency's code is missing: " + reportingAgencies);
            }
            agencies.add(code);
        }

        LocalDate planDueOn =
                regime.agencyPlanDueOn() == null ? null : calendar.plusWorkingDays(regime.agencyPlanDueOn(), 0);
        List<ReportingPeriod> periods = periodsOwed(regime, asOf);
        List<LocalDate> periodsDueOn = periods.stream()
                .map(period -> regime.deadline().of(period, calendar))
                .toList();

        List<DueObligation> obligations = new ArrayList<>();
        for (String agency : agencies) {
            if (planDueOn != null) {
                obligations.add(new DueObligation(ObligationKey.agencyPlan(agency), planDueOn));
            }
            for (int i = 0; i < periods.size(); i++) {
                obligations.add(
                        new DueObligation(ObligationKey.periodReport(agency, periods.get(i)), periodsDueOn.get(i)));
            }
        }
        obligations.sort(Comparator.comparing(DueObligation::key));
        return List.copyOf(obligations);
    }

    /** For each frequency, the periods from the one the document was issued in to the one holding asOf. */
    private static List<ReportingPeriod> periodsOwed(ReportingRegime regime, LocalDate asOf) {
        List<ReportingPeriod> periods = new ArrayList<>();
        for (ReportingFrequency frequency : regime.frequencies()) {
            PeriodKind kind = PeriodKind.of(frequency);
            LocalDate lastCutOff = ReportingPeriod.containing(kind, asOf).cutOff();
            periods.addAll(ReportingPeriod.cutOffBetween(kind, regime.issuedOn(), lastCutOff));
        }
        return periods;
    }
}
