package vn.dondoc.notifications.control;

import java.util.Optional;
import vn.dondoc.notifications.entity.Channel;

/**
 * One delivery claimed for sending, with everything sending needs, read in the claim's transaction
 * so that sending touches no database.
 *
 * @param mail the tenant's SMTP server, for an e-mail
 * @param webhookSecret the tenant's webhook secret, for a webhook
 */
public record Parcel(
        long deliveryId,
        Channel channel,
        String address,
        String subject,
        String body,
        String json,
        Optional<MailServer> mail,
        Optional<String> webhookSecret) {}
