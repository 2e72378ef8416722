package vn.dondoc.notifications.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.dondoc.audit.boundary.AuditExempt;
import vn.dondoc.notifications.control.MailServer;
import vn.dondoc.notifications.control.Parcel;
import vn.dondoc.notifications.entity.Channel;
import vn.dondoc.notifications.entity.DeliveryStatus;
import vn.dondoc.notifications.entity.Notice;
import vn.dondoc.notifications.entity.NoticeDelivery;
import vn.dondoc.notifications.entity.NotificationSettings;
import vn.dondoc.tenancy.boundary.TenantBound;
import vn.dondoc.tenancy.boundary.TenantId;

/**
 * The outbox of one tenant's notices (thư đi): each method its own short transaction, so that
 * sending, in between, holds no lock. A claim leases a delivery to this server; a crash before
 * it is settled leaves it to be claimed again when the lease ends: retried, never lost.
 */
@Stateless
@TenantBound
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    Function<String, Optional<String>> configuration =
            name -> ConfigProvider.getConfig().getOptionalValue(name, String.class);

    /** Claims up to {@code max} deliveries due now, oldest first. */
    @AuditExempt("the delivery row itself records each attempt, its time and its error")
    @PermitAll // the timer has no caller; the tenant is named, and a caller may name only its own
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Parcel> claim(@TenantId String tenant, int max) {
        Instant now = clock.instant();
        List<NoticeDelivery> due = em.createNamedQuery(NoticeDelivery.DUE, NoticeDelivery.class)
                .setParameter("pending", DeliveryStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
        NotificationSettings settings = Reminders.settings(em);
        Optional<MailServer> mail = MailServer.of(tenant, configuration);
        List<Parcel> parcels = new ArrayList<>();
        for (NoticeDelivery delivery : due) {
            delivery.claim(now);
            Notice notice = delivery.notice();
            parcels.add(new Parcel(
                    delivery.id(),
                    delivery.channel(),
                    delivery.address(),
                    notice.subject(),
                    notice.body(),
                    json(tenant, notice, delivery),
                    delivery.channel() == Channel.EMAIL ? mail : Optional.empty(),
                    delivery.channel() == Channel.WEBHOOK ? settings.webhookSecret() : Optional.empty()));
        }
        // A second server that claimed the same rows meanwhile makes this fail on their version:
        // this server then sends none of them.
        em.flush();
        return parcels;
    }

    /** Records how one claimed delivery went: delivered, or failed with its error (retried later). */
    @AuditExempt("the delivery row itself records each attempt, its time and its error")
    @PermitAll // as claim
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void settle(@TenantId String tenant, long deliveryId, Optional<String> error) {
        NoticeDelivery delivery = em.find(NoticeDelivery.class, deliveryId);
        if (delivery == null) {
            return;
        }
        Instant now = clock.instant();
        error.ifPresentOrElse(e -> delivery.failed(e, now), () -> delivery.delivered(now));
    }

    /** The notice as the webhook receives it. */
    static String json(String tenant, Notice notice, NoticeDelivery delivery) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", notice.id())
                .add("tenant", tenant)
                .add("kind", notice.kind().name())
                .add("occurrence", notice.occurrence().toString())
                .add("recipient", notice.recipient())
                .add("subject", notice.subject())
                .add("body", notice.body())
                .add("createdAt", notice.createdAt().toString());
        if (notice.agencyCode() != null) {
            json.add("agencyCode", notice.agencyCode());
        }
        if (notice.obligationId() != null) {
            json.add("obligationId", notice.obligationId());
        }
        if (notice.link() != null) {
            json.add("link", notice.link());
        }
        return json.build().toString();
    }
}
