package vn.dondoc.notifications.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dondoc.notifications.control.Dispatcher;
import vn.dondoc.notifications.control.Parcel;
import vn.dondoc.tenancy.entity.Tenant;

/**
 * Every morning, records each tenant's reminders for its own day (in its time zone), one tenant
 * per transaction and naming the tenant explicitly: a job has no signed-in caller. Every five
 * minutes, sends what each tenant's outbox holds, retries included. Both are safe on two servers
 * at once: the database's unique key and the outbox's claims decide, not this bean.
 */
@Singleton
public class NotificationsDaily {

    private static final Logger LOG = Logger.getLogger(NotificationsDaily.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Reminders reminders;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** At the start of Vietnam's working day, after the night's regeneration of the obligations. */
    @Schedule(hour = "7", minute = "0", timezone = "Asia/Ho_Chi_Minh", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void remindEveryTenant() {
        for (Object[] tenant : tenants()) {
            String id = (String) tenant[0];
            try {
                LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of((String) tenant[1]));
                reminders.remind(id, today);
            } catch (RuntimeException e) {
                // One tenant's failure (or a second server having recorded first) must not stop the others.
                LOG.log(Level.WARNING, e, () -> "Reminders of tenant " + id + " not recorded");
            }
        }
        dispatchEveryTenant();
    }

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void dispatchEveryTenant() {
        for (Object[] tenant : tenants()) {
            String id = (String) tenant[0];
            try {
                new Dispatcher(
                                new Dispatcher.Outbox() {
                                    @Override
                                    public List<Parcel> claim(int max) {
                                        return outbox.claim(id, max);
                                    }

                                    @Override
                                    public void settle(long deliveryId, Optional<String> error) {
                                        outbox.settle(id, deliveryId, error);
                                    }
                                },
                                clock)
                        .dispatch();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "Notices of tenant " + id + " not all sent");
            }
        }
    }

    /** The tenants whose users are reminded: a suspended one's are not, until it resumes (D-045). */
    private List<Object[]> tenants() {
        return em.createQuery(
                        "SELECT t.id, t.timeZone FROM Tenant t WHERE t.status = :active ORDER BY t.id", Object[].class)
                .setParameter("active", Tenant.Status.ACTIVE)
                .getResultList();
    }
}
