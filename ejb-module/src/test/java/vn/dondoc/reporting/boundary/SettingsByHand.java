package vn.dondoc.reporting.boundary;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;

/** The settings boundary as the container would give it, for tests of the components above reporting. */
public final class SettingsByHand {

    private SettingsByHand() {}

    /** @param em bound to the tenant, in the caller's transaction */
    public static Settings on(EntityManager em, Event<SendingDefaultChanged> changed) {
        Settings settings = new Settings();
        settings.em = em;
        settings.changed = changed;
        return settings;
    }
}
