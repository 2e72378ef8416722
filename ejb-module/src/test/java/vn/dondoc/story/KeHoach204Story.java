package vn.dondoc.story;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import vn.dondoc.calendar.control.WorkingCalendar;
import vn.dondoc.consolidation.boundary.Consolidation;
import vn.dondoc.consolidation.boundary.ConsolidationByHand;
import vn.dondoc.explanations.boundary.ExplanationRequests;
import vn.dondoc.explanations.boundary.ExplanationRequestsByHand;
import vn.dondoc.notifications.boundary.Notifications;
import vn.dondoc.notifications.boundary.NotificationsByHand;
import vn.dondoc.notifications.boundary.Reminders;
import vn.dondoc.notifications.entity.Notice;
import vn.dondoc.notifications.entity.NoticeKind;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.platform.security.Role;
import vn.dondoc.reporting.boundary.Extensions;
import vn.dondoc.reporting.boundary.ExtensionsByHand;
import vn.dondoc.reporting.boundary.Reports;
import vn.dondoc.reporting.boundary.ReportsByHand;
import vn.dondoc.reporting.control.ObligationSync;
import vn.dondoc.reporting.entity.Obligation;
import vn.dondoc.reporting.entity.ObligationStatus;
import vn.dondoc.testing.Callers;
import vn.dondoc.testing.JpaExtension;
import vn.dondoc.testing.MovableClock;
import vn.dondoc.testing.Plans;
import vn.dondoc.testing.Users;

/**
 * A province living with Kế hoạch 204: a fresh tenant with Vĩnh Phúc's directory, the plan imported
 * and its obligations synced on a given day, and the people who take part, each with an e-mail
 * address: the officer ({@code so-tu-phap}) and head ({@code so-tu-phap.head}) of three agencies, a
 * leader ({@code lanh-dao}) and the secretariat ({@code thu-ky}, in Sở Tư pháp, the focal agency).
 * Every call goes through a boundary built by hand on its own entity manager, in its own
 * transaction, at the time of the story's {@link #clock}; the calendar is the real one (weekends,
 * the Labour Code's holidays and Tết; the tenant moved no day).
 */
final class KeHoach204Story {

    static final String LEADER = "lanh-dao";
    static final String SECRETARIAT = "thu-ky";
    static final String FOCAL_AGENCY = "so-tu-phap";

    final JpaExtension jpa;
    final String tenant;
    final long documentId;
    final MovableClock clock;
    final WorkingCalendar calendar = new WorkingCalendar(List.of());

    private LocalDate lastRun;
    private final List<LocalDate> daysOff = new ArrayList<>();
    private int recordedOnDaysOff;
    private int recordedOnSecondRuns;

    private final Map<String, String> configuration = Map.of(NotificationsByHand.BASE_URL, "https://dondoc.example.vn");
    private final Map<String, User> users = new LinkedHashMap<>();

    private record User(String name, Role role, String agency) {}

    /** One notice as stored: what, for which day, to whom, about what, recorded when (in Vietnam). */
    record Row(
            NoticeKind kind,
            LocalDate occurrence,
            String recipient,
            String agencyCode,
            Long obligationId,
            String topic,
            Instant createdAt) {

        LocalDate createdOn() {
            return LocalDate.ofInstant(createdAt, MovableClock.VIETNAM);
        }

        /** "KIND occurrence recipient", the way the assertions read. */
        String line() {
            return kind + " " + occurrence + " " + recipient;
        }
    }

    /**
     * The province on {@code day}, 09:00: the plan imported, its obligations synced as of that day,
     * the people of {@code agencies} (officer and head each), the leader and the secretariat.
     */
    KeHoach204Story(JpaExtension jpa, LocalDate day, String... agencies) {
        this(jpa, day, true, agencies);
    }

    /** Another province, with the same directory and people, that has not imported the plan. */
    static KeHoach204Story neighbour(JpaExtension jpa, LocalDate day, String... agencies) {
        return new KeHoach204Story(jpa, day, false, agencies);
    }

    private KeHoach204Story(JpaExtension jpa, LocalDate day, boolean withPlan, String... agencies) {
        this.jpa = jpa;
        this.clock = new MovableClock(Instant.EPOCH);
        clock.at(day, LocalTime.of(9, 0));
        this.lastRun = day.minusDays(1);
        this.tenant = jpa.newTenant();
        jpa.bundleDirectory(tenant, "vinh-phuc");
        for (String agency : agencies) {
            users.put(agency, new User(agency, Role.AGENCY_OFFICER, agency));
            users.put(agency + ".head", new User(agency + ".head", Role.AGENCY_HEAD, agency));
        }
        users.put(LEADER, new User(LEADER, Role.LEADER, null));
        users.put(SECRETARIAT, new User(SECRETARIAT, Role.SECRETARIAT, FOCAL_AGENCY));
        jpa.inTenant(tenant, em -> users.values().forEach(u -> Users.add(em, tenant, u.name, u.role, u.agency)));
        if (withPlan) {
            documentId = Plans.importInto(jpa, tenant, Plans.keHoach204(), "0".repeat(64), clock.instant());
            jpa.inTenant(tenant, em -> new ObligationSync(em).sync(documentId, day));
        } else {
            documentId = -1;
        }
    }

    // --- the boundaries, as one of the people ---

    <T> T reports(String user, Function<Reports, T> call) {
        return as(user, (em, caller) -> call.apply(ReportsByHand.as(em, clock, caller)));
    }

    <T> T extensions(String user, Function<Extensions, T> call) {
        return as(user, (em, caller) -> call.apply(ExtensionsByHand.as(em, clock, caller)));
    }

    <T> T explanations(String user, Function<ExplanationRequests, T> call) {
        return as(user, (em, caller) -> call.apply(ExplanationRequestsByHand.as(em, clock, caller)));
    }

    <T> T notifications(String user, Function<Notifications, T> call) {
        return as(user, (em, caller) -> call.apply(NotificationsByHand.notifications(em, clock, caller)));
    }

    <T> T consolidation(String user, Function<Consolidation, T> call) {
        return as(user, (em, caller) -> call.apply(ConsolidationByHand.as(em, caller)));
    }

    /** The daily job's run for {@code day}, as the timer makes it. */
    Reminders.Result remind(LocalDate day) {
        return jpa.fromTenant(
                tenant,
                em -> NotificationsByHand.reminders(em, clock, configuration).remind(tenant, day));
    }

    // --- time passing ---

    /**
     * The days after the last one the daily job ran for, up to {@code day}: each morning at 07:00
     * the job runs for the day, and runs again (a second server, a restart) to no effect; then the
     * clock stands at 10:00 of {@code day}, for what the people do that day.
     */
    void daysPassUntil(LocalDate day) {
        if (!day.isAfter(lastRun)) {
            throw new IllegalArgumentException("The story is already at " + lastRun + ", not before " + day);
        }
        for (LocalDate d = lastRun.plusDays(1); !d.isAfter(day); d = d.plusDays(1)) {
            clock.at(d);
            Reminders.Result first = remind(d);
            Reminders.Result second = remind(d);
            if (!first.workingDay()) {
                daysOff.add(d);
                recordedOnDaysOff += first.notices() + second.notices();
            }
            recordedOnSecondRuns += second.notices();
        }
        lastRun = day;
        clock.at(day, LocalTime.of(10, 0));
    }

    /** The last instant of a day in Vietnam. */
    Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(MovableClock.VIETNAM).toInstant().minusNanos(1);
    }

    /** The day the story stands at. */
    LocalDate today() {
        return clock.today();
    }

    /** The days the job found were days off, in order. */
    List<LocalDate> daysOff() {
        return List.copyOf(daysOff);
    }

    /** Notices recorded by a run on a day off: none, if the job keeps the calendar. */
    int recordedOnDaysOff() {
        return recordedOnDaysOff;
    }

    /** Notices recorded by a day's second run: none, if each notice is recorded once. */
    int recordedOnSecondRuns() {
        return recordedOnSecondRuns;
    }

    private <T> T as(String user, BiFunction<EntityManager, CallerIdentity, T> call) {
        User u = users.get(user);
        if (u == null) {
            throw new IllegalArgumentException("Nobody called " + user + " in this story");
        }
        return jpa.fromTenant(tenant, em -> call.apply(em, Callers.as(u.name, tenant, u.agency, u.role.name())));
    }

    // --- what the story reads from the database ---

    /** The obligation of an agency for a period. */
    long obligation(String agency, String period) {
        return jpa.fromTenant(
                tenant,
                em -> em.createQuery(
                                "SELECT o.id FROM Obligation o WHERE o.agency.code = :agency AND o.periodLabel = :period",
                                Long.class)
                        .setParameter("agency", agency)
                        .setParameter("period", period)
                        .getSingleResult());
    }

    Obligation obligationRow(long id) {
        return jpa.fromTenant(tenant, em -> em.find(Obligation.class, id));
    }

    /** The codes of every agency that owes a report for the period. */
    List<String> agenciesOwing(String period) {
        return jpa.fromTenant(
                tenant,
                em -> em.createQuery(
                                "SELECT o.agency.code FROM Obligation o WHERE o.periodLabel = :period ORDER BY o.id",
                                String.class)
                        .setParameter("period", period)
                        .getResultList());
    }

    /** The first item of the plan, in its order, that every one of the agencies is assigned. */
    long itemHeldByAll(String... agencies) {
        return jpa.fromTenant(
                tenant,
                em -> em.createQuery(
                                "SELECT a.item.id FROM Assignment a WHERE a.agency.code IN :agencies"
                                        + " GROUP BY a.item.id, a.item.position"
                                        + " HAVING COUNT(DISTINCT a.agency.code) = :n ORDER BY a.item.position",
                                Long.class)
                        .setParameter("agencies", List.of(agencies))
                        .setParameter("n", (long) agencies.length)
                        .setMaxResults(1)
                        .getSingleResult());
    }

    /** "code. text" of an item, as the consolidated report heads it. */
    String itemHeading(long item) {
        return jpa.fromTenant(
                tenant,
                em -> em.createQuery("SELECT CONCAT(i.code, '. ', i.text) FROM Item i WHERE i.id = :id", String.class)
                        .setParameter("id", item)
                        .getSingleResult());
    }

    /** Every notice of the tenant, in the order recorded. */
    List<Row> notices() {
        return jpa.fromTenant(tenant, em -> {
            List<Row> rows = new ArrayList<>();
            for (Notice n : em.createQuery("SELECT n FROM Notice n ORDER BY n.id", Notice.class)
                    .getResultList()) {
                rows.add(new Row(
                        n.kind(),
                        n.occurrence(),
                        n.recipient(),
                        n.agencyCode(),
                        n.obligationId(),
                        n.topic(),
                        n.createdAt()));
            }
            return rows;
        });
    }

    /** The ids of one user's notices. */
    List<Long> noticeIdsOf(String recipient) {
        return jpa.fromTenant(
                tenant,
                em -> em.createQuery("SELECT n.id FROM Notice n WHERE n.recipient = :r ORDER BY n.id", Long.class)
                        .setParameter("r", recipient)
                        .getResultList());
    }

    /**
     * A short cut the story takes: every report due before {@code day}, but those of {@code
     * stillOwed}, is in and accepted. It is set on the obligations as the reports' workflow would set
     * it; that workflow is not this story's.
     */
    void reportsDueBeforeAccepted(LocalDate day, long... stillOwed) {
        List<Long> owed = new ArrayList<>(List.of(-1L));
        for (long id : stillOwed) {
            owed.add(id);
        }
        jpa.inTenant(
                tenant,
                em -> em.createQuery("UPDATE Obligation o SET o.status = :accepted WHERE o.dueOn < :day"
                                + " AND o.id NOT IN :owed")
                        .setParameter("accepted", ObligationStatus.ACCEPTED)
                        .setParameter("day", day)
                        .setParameter("owed", owed)
                        .executeUpdate());
    }

    /** The working day {@code n} working days before {@code day}. */
    LocalDate workingDaysBefore(LocalDate day, int n) {
        LocalDate d = day;
        for (int counted = 0; counted < n; ) {
            d = d.minusDays(1);
            if (calendar.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    LocalDate plusWorkingDays(LocalDate day, int n) {
        return calendar.plusWorkingDays(day, n);
    }
}
