package vn.dondoc.notifications.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dondoc.audit.boundary.AuditTarget;
import vn.dondoc.audit.boundary.Audited;
import vn.dondoc.audit.boundary.ReadOnly;
import vn.dondoc.notifications.entity.Notice;
import vn.dondoc.notifications.entity.NoticeDelivery;
import vn.dondoc.notifications.entity.NotificationSettings;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.platform.security.Role;
import vn.dondoc.tenancy.boundary.TenantBound;

/**
 * Notifications as people see them: each user's own inbox (hộp thư thông báo), the secretariat's
 * log of everything sent, and the tenant's reminder settings.
 */
@Stateless
@TenantBound
@RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.SECRETARIAT,
    Role.Names.AGENCY_OFFICER,
    Role.Names.AGENCY_HEAD,
    Role.Names.LEADER
})
public class Notifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CallerIdentity caller;

    /** The caller's own notices, newest first. */
    @ReadOnly
    public Page<NoticeView> inbox(int page, int size) {
        String me = me();
        List<NoticeView> items = em.createNamedQuery(Notice.OF_RECIPIENT, Notice.class)
                .setParameter("recipient", me)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultStream()
                .map(NoticeView::of)
                .toList();
        long total = em.createNamedQuery(Notice.COUNT_OF_RECIPIENT, Long.class)
                .setParameter("recipient", me)
                .getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /** Marks one of the caller's notices read; anybody else's is not found. */
    @Audited("notifications.read")
    public NoticeView markRead(@AuditTarget long id) {
        Notice notice = em.find(Notice.class, id);
        if (notice == null || !notice.recipient().equals(me())) {
            throw new NotFound("Không có thông báo số " + id + " / No notification " + id);
        }
        notice.markRead(clock.instant());
        return NoticeView.of(notice);
    }

    /** Everything sent in the tenant, newest first, with each channel's outcome. */
    @ReadOnly
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.ADMIN})
    public Page<NoticeLogEntry> log(int page, int size) {
        return log(null, page, size);
    }

    /**
     * What was sent about one agency ({@code agencyCode}; every notice when blank), newest first,
     * with each channel's outcome. The weekly digest is about no agency: only the unfiltered log
     * lists it.
     */
    @ReadOnly
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.ADMIN})
    public Page<NoticeLogEntry> log(String agencyCode, int page, int size) {
        String agency = agencyCode == null || agencyCode.isBlank() ? null : agencyCode.strip();
        String where = agency == null ? "" : " WHERE n.agencyCode = :agency";
        TypedQuery<Notice> rows = em.createQuery(
                "SELECT n FROM Notice n" + where + " ORDER BY n.createdAt DESC, n.id DESC", Notice.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(n) FROM Notice n" + where, Long.class);
        if (agency != null) {
            rows.setParameter("agency", agency);
            count.setParameter("agency", agency);
        }
        List<Notice> notices =
                rows.setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = count.getSingleResult();
        Map<Long, List<NoticeLogEntry.Delivery>> deliveries = new LinkedHashMap<>();
        for (Notice n : notices) {
            List<NoticeLogEntry.Delivery> list = new ArrayList<>();
            list.add(new NoticeLogEntry.Delivery("INBOX", n.recipient(), "SENT", 1, n.createdAt(), null, null));
            deliveries.put(n.id(), list);
        }
        if (!notices.isEmpty()) {
            em.createNamedQuery(NoticeDelivery.OF_NOTICES, NoticeDelivery.class)
                    .setParameter("notices", notices)
                    .getResultStream()
                    .sorted((a, b) -> a.channel().compareTo(b.channel()))
                    .forEach(d -> deliveries
                            .get(d.notice().id())
                            .add(new NoticeLogEntry.Delivery(
                                    d.channel().name(),
                                    d.address(),
                                    d.status().name(),
                                    d.attempts(),
                                    d.deliveredAt(),
                                    d.status() == vn.dondoc.notifications.entity.DeliveryStatus.PENDING
                                            ? d.nextAttemptAt()
                                            : null,
                                    d.lastError())));
        }
        List<NoticeLogEntry> items = notices.stream()
                .map(n -> new NoticeLogEntry(
                        n.id(),
                        n.kind().name(),
                        n.occurrence(),
                        n.recipient(),
                        n.agencyCode(),
                        n.obligationId(),
                        n.subject(),
                        n.createdAt(),
                        List.copyOf(deliveries.get(n.id()))))
                .toList();
        return new Page<>(items, page, size, total);
    }

    /** The reminder settings in force: the tenant's own or the defaults. */
    @ReadOnly
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.ADMIN})
    public NotificationSettingsView settings() {
        return view(Reminders.settings(em));
    }

    /** The administrator changes N, M, K or the webhook. */
    @Audited("settings.notifications")
    @RolesAllowed(Role.Names.ADMIN)
    public NotificationSettingsView changeSettings(@AuditTarget NotificationSettingsEdit edit) {
        if (edit == null) {
            throw new InvalidInput("body: {daysBefore, overdueEvery, escalateAfter, webhookUrl, webhookSecret}");
        }
        NotificationSettings settings = Reminders.settings(em);
        try {
            settings.remind(
                    edit.daysBefore == null ? settings.daysBefore() : edit.daysBefore,
                    edit.overdueEvery == null ? settings.overdueEvery() : edit.overdueEvery,
                    edit.escalateAfter == null ? settings.escalateAfter() : edit.escalateAfter);
            if (edit.webhookUrl != null) {
                settings.postTo(
                        edit.webhookUrl,
                        edit.webhookSecret != null
                                ? edit.webhookSecret
                                : settings.webhookSecret().orElse(null));
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(e.getMessage() + ": " + RULES);
        }
        if (!em.contains(settings)) {
            em.persist(settings);
        }
        em.flush();
        return view(settings);
    }

    static final String RULES = "daysBefore 1–20, overdueEvery 1–20, escalateAfter 1–60 ngày làm việc / working "
            + "days; webhookUrl http(s) với webhookSecret ít nhất 16 ký tự / with a webhookSecret of at least 16 "
            + "characters";

    private static NotificationSettingsView view(NotificationSettings s) {
        return new NotificationSettingsView(
                s.daysBefore(),
                s.overdueEvery(),
                s.escalateAfter(),
                s.webhookUrl().orElse(null),
                s.webhookSecret().isPresent());
    }

    private String me() {
        return caller.principal().orElseThrow().getName();
    }
}
