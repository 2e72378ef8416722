package vn.dondoc.platform.boundary;

import java.time.Duration;

/** Too many failed attempts in a short time: the client must wait before it tries again. 429. */
public class TooManyAttempts extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public TooManyAttempts(String message, Duration wait) {
        super(message);
        this.retryAfterSeconds = wholeSeconds(wait);
    }

    /** Whole seconds, rounded up (at least one): a client that waits as long as it is told is let in. */
    public static long wholeSeconds(Duration wait) {
        return Math.max(1, wait.plusMillis(999).toSeconds());
    }

    /** How many seconds the client must wait: the {@code Retry-After} header. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public int status() {
        return 429;
    }

    @Override
    public String title() {
        return "Quá nhiều lần thử / Too many attempts";
    }
}
