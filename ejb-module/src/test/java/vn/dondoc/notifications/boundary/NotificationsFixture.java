package vn.dondoc.notifications.boundary;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.calendar.control.WorkingCalendar;
import vn.dondoc.identity.entity.UserAccount;
import vn.dondoc.notifications.control.Dispatcher;
import vn.dondoc.notifications.control.Parcel;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.platform.security.DondocPrincipal;
import vn.dondoc.platform.security.Role;
import vn.dondoc.reporting.control.ObligationSync;
import vn.dondoc.reporting.entity.Obligation;
import vn.dondoc.reporting.entity.ObligationStatus;
import vn.dondoc.testing.JpaExtension;
import vn.dondoc.testing.Plans;

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
            user(em, "so-tu-phap", Role.AGENCY_OFFICER, "so-tu-phap");
            user(em, "so-tu-phap.head", Role.AGENCY_HEAD, "so-tu-phap");
            user(em, "so-tai-chinh", Role.AGENCY_OFFICER, "so-tai-chinh");
            user(em, "leader", Role.LEADER, null);
            user(em, "secretariat", Role.SECRETARIAT, "so-tu-phap");
        });
        configuration.put(Reminders.BASE_URL, "https://dondoc.example.vn/");
    }

    private void user(EntityManager em, String username, Role role, String agencyCode) {
        Agency agency = agencyCode == null
                ? null
                : em.createQuery("SELECT a FROM Agency a WHERE a.code = :code", Agency.class)
                        .setParameter("code", agencyCode)
                        .getSingleResult();
        UserAccount user = new UserAccount(username, "Người dùng " + username, "x", EnumSet.of(role), agency, false);
        user.mailTo(username + "@" + tenant + ".dondoc.example");
        em.persist(user);
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
        Reminders reminders = new Reminders();
        reminders.em = em;
        reminders.clock = clock;
        reminders.configuration = name -> Optional.ofNullable(configuration.get(name));
        reminders.caller = new CallerIdentity();
        return reminders;
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
        return jpa.fromTenant(inTenant, em -> {
            Notifications notifications = new Notifications();
            notifications.em = em;
            notifications.clock = clock;
            notifications.caller = new CallerIdentity() {
                @Override
                public Optional<DondocPrincipal> principal() {
                    return Optional.of(new DondocPrincipal(user, inTenant, null, Set.of(role)));
                }
            };
            return call.apply(notifications);
        });
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

    /** A clock the test moves, as time passes between a failed delivery and its retry. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        void at(LocalDate day) {
            now = day.atTime(7, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private long importPlan() {
        return Plans.importInto(jpa, tenant, plan(), "0".repeat(64), SYNCED);
    }

    private static String plan() {
        try (InputStream in = NotificationsFixture.class.getResourceAsStream("/plans/kh-204-vinh-phuc.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
