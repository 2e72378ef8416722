package vn.dondoc.notifications.boundary;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.testing.Callers;

/** The notification boundaries as the container would give them, for tests that build them by hand. */
public final class NotificationsByHand {

    /** The configuration property naming the web address the notices link to. */
    public static final String BASE_URL = Reminders.BASE_URL;

    private NotificationsByHand() {}

    /**
     * The daily job's boundary, as the timer calls it (nobody signed in).
     *
     * @param em bound to the tenant, in the caller's transaction
     * @param configuration the MicroProfile Config properties it reads (none: the defaults)
     */
    public static Reminders reminders(EntityManager em, Clock clock, Map<String, String> configuration) {
        Reminders reminders = new Reminders();
        reminders.em = em;
        reminders.clock = clock;
        reminders.configuration = name -> Optional.ofNullable(configuration.get(name));
        reminders.caller = Callers.nobody();
        return reminders;
    }

    /** The inbox and settings boundary, called by {@code caller}. */
    public static Notifications notifications(EntityManager em, Clock clock, CallerIdentity caller) {
        Notifications notifications = new Notifications();
        notifications.em = em;
        notifications.clock = clock;
        notifications.caller = caller;
        return notifications;
    }
}
