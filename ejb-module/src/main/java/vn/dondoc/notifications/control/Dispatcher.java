package vn.dondoc.notifications.control;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Sends what the outbox holds, outside any transaction: claims a batch (one short transaction),
 * sends each through its channel, and settles each (one short transaction apiece). A slow SMTP
 * server holds no lock; a failure of one channel or one recipient stops nothing else.
 */
public final class Dispatcher {

    /** The outbox's two transactions, for one tenant. */
    public interface Outbox {
        List<Parcel> claim(int max);

        /** @param error empty: delivered */
        void settle(long deliveryId, Optional<String> error);
    }

    private static final int BATCH = 50;

    private final Outbox outbox;
    private final Clock clock;

    public Dispatcher(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Sends until nothing is due; returns how many went out. */
    public int dispatch() {
        int sent = 0;
        for (int round = 0; round < 100; round++) {
            List<Parcel> batch = outbox.claim(BATCH);
            for (Parcel parcel : batch) {
                Optional<String> error = send(parcel);
                outbox.settle(parcel.deliveryId(), error);
                if (error.isEmpty()) {
                    sent++;
                }
            }
            if (batch.size() < BATCH) {
                break;
            }
        }
        return sent;
    }

    private Optional<String> send(Parcel parcel) {
        try {
            switch (parcel.channel()) {
                case EMAIL ->
                    new MailSender(parcel.mail()
                                    .orElseThrow(() -> new IllegalStateException("no SMTP server configured")))
                            .send(parcel.address(), parcel.subject(), parcel.body(), clock.instant());
                case WEBHOOK ->
                    WebhookSender.post(
                            parcel.address(),
                            parcel.webhookSecret().orElseThrow(() -> new IllegalStateException("no webhook secret")),
                            parcel.json(),
                            clock.instant());
            }
            return Optional.empty();
        } catch (Exception e) {
            // Recorded on the delivery for the secretariat to see, and retried with backoff.
            return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
