package vn.dondoc.notifications.boundary;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dondoc.calendar.control.WorkingCalendar;
import vn.dondoc.notifications.control.Dispatcher;
import vn.dondoc.notifications.control.Parcel;
import vn.dondoc.platform.security.Role;
import vn.dondoc.reporting.control.ObligationSync;
import vn.dondoc.reporting.entity.Obligation;
import vn.dondoc.reporting.entity.ObligationStatus;
import vn.dondoc.testing.Callers;
import vn.dondoc.testing.JpaExtension;
import vn.dondoc.testing.MovableClock;
import vn.dondoc.testing.Plans;
import vn.dondoc.testing.Users;

/**
 * One tenant with Vĩnh Phúc's directory, Kế hoạch 204 and its obligations as of 20/06/2024, and a
 * few users with e-mail addresses: Sở Tư pháp's officer and head, Sở Tài chính's officer, a leader
 * and the secretariat. The boundaries are built by hand, each call in its own transaction.
 */
final class NotificationsFixture {

    static final Instant SYNCED = Instant.parse("2024-06-20T03:00:00Z");

    final JpaExtension jpa;
    final String tenant;
    final long documentId;
    final Map<String, String> configuration = new HashMap<>();
    final MovableClock clock = new MovableClock(SYNCED);
    final WorkingCalendar calendar = new WorkingCalendar(List.of());

    NotificationsFixture(JpaExtension jpa) {
        this.jpa = jpa;
        this.tenant = jpa.newTenant();
        jpa.bundleDirectory(tenant, "vinh-phuc");
        documentId = importPlan();
        jpa.inTenant(
                tenant, em -> new ObligationSync(em).sync(documentId, LocalDate.ofInstant(SYNCED, ZoneOffset.UTC)));
        jpa.inTenant(tenant, em -> {
            Users.add(em, tenant, "so-tu-phap", Role.AGENCY_OFFICER, "so-tu-phap");
            Users.add(em, tenant, "so-tu-phap.head", Role.AGENCY_HEAD, "so-tu-phap");
            Users.add(em, tenant, "so-tai-chinh", Role.AGENCY_OFFICER, "so-tai-chinh");
            Users.add(em, tenant, "leader", Role.LEADER, null);
            Users.add(em, tenant, "secretariat", Role.SECRETARIAT, "so-tu-phap");
        });
        configuration.put(Reminders.BASE_URL, "https://dondoc.example.vn/");
    }

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

    LocalDate dueOn(long obligation) {
        return jpa.fromTenant(
                tenant, em -> em.find(Obligation.class, obligation).dueOn());
    }

    /** Puts every obligation of the tenant but these in a status that is owed no reminder. */
    void onlyOwed(long... obligations) {
        List<Long> keep = java.util.Arrays.stream(obligations).boxed().toList();
        jpa.inTenant(
                tenant,
                em -> em.createQuery("UPDATE Obligation o SET o.status = :accepted WHERE o.id NOT IN :keep")
                        .setParameter("accepted", ObligationStatus.ACCEPTED)
                        .setParameter("keep", keep)
                        .executeUpdate());
    }

    /** The report's workflow moved the obligation to this status (the report boundary's job, tested there). */
    void status(long obligation, ObligationStatus status) {
        jpa.inTenant(
                tenant,
                em -> em.createQuery("UPDATE Obligation o SET o.status = :s WHERE o.id = :id")
                        .setParameter("s", status)
                        .setParameter("id", obligation)
                        .executeUpdate());
    }

    Reminders.Result remind(LocalDate day) {
        return jpa.fromTenant(tenant, em -> reminders(em).remind(tenant, day));
    }

    /** The job's boundary on an entity manager of the test's choosing. */
    Reminders reminders(EntityManager em) {
        return NotificationsByHand.reminders(em, clock, configuration);
    }

    /** Every notice of the tenant, counted in the database. */
    long noticeCount() {
        return jpa.fromTenant(
                tenant,
                em -> em.createQuery("SELECT COUNT(n) FROM Notice n", Long.class)
                        .getSingleResult());
    }

    /** Sends what the outbox holds now, as the timer does. */
    int dispatch() {
        return new Dispatcher(
                        new Dispatcher.Outbox() {
                            @Override
                            public List<Parcel> claim(int max) {
                                return jpa.fromTenant(tenant, em -> outbox(em).claim(tenant, max));
                            }

                            @Override
                            public void settle(long deliveryId, Optional<String> error) {
                                jpa.inTenant(tenant, em -> outbox(em).settle(tenant, deliveryId, error));
                            }
                        },
                        clock)
                .dispatch();
    }

    private Outbox outbox(EntityManager em) {
        Outbox outbox = new Outbox();
        outbox.em = em;
        outbox.clock = clock;
        outbox.configuration = name -> Optional.ofNullable(configuration.get(name));
        return outbox;
    }

    /** A call to the notifications boundary as a user of this tenant (or of another, to test the wall). */
    <T> T as(String user, String role, java.util.function.Function<Notifications, T> call) {
        return as(tenant, user, role, call);
    }

    <T> T as(String inTenant, String user, String role, java.util.function.Function<Notifications, T> call) {
        return jpa.fromTenant(
                inTenant,
                em -> call.apply(NotificationsByHand.notifications(em, clock, Callers.as(user, inTenant, null, role))));
    }

    /** Rows of the notice table for one obligation: kind and recipient. */
    List<String> notices(long obligation) {
        return jpa.fromTenant(
                tenant,
                em -> em.createQuery(
                                "SELECT CONCAT(n.kind, ' ', n.occurrence, ' ', n.recipient) FROM Notice n "
                                        + "WHERE n.obligationId = :o ORDER BY n.id",
                                String.class)
                        .setParameter("o", obligation)
                        .getResultList());
    }

    List<String> noticesTo(String recipient) {
        return jpa.fromTenant(
                tenant,
                em -> em.createQuery(
                                "SELECT CONCAT(n.kind, ' ', n.occurrence) FROM Notice n WHERE n.recipient = :r ORDER BY n.id",
                                String.class)
                        .setParameter("r", recipient)
                        .getResultList());
    }

    private long importPlan() {
        return Plans.importInto(jpa, tenant, Plans.keHoach204(), "0".repeat(64), SYNCED);
    }
}
