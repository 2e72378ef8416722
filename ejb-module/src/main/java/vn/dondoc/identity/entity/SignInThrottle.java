package vn.dondoc.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Failed sign-ins of one account or one client address within a window, and until when further
 * attempts are refused (ASVS 2.2.1). The account is the tenant and username as typed, whether such a
 * user exists or not, so a lock says nothing about existence. It belongs to no tenant: an address
 * tries many tenants, and an unknown tenant has no row to refer to (D-038).
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

    /** What is counted, and after how many failures within the window it waits how long. */
    public enum Kind {
        /**
         * One tenant and username: the third failure in 15 minutes waits 5 seconds, the fourth 30
         * seconds, the fifth and every one after locks for 15 minutes.
         */
        ACCOUNT(Duration.ofMinutes(15)) {
            @Override
            Duration lockAfter(int failures, int limit) {
                return failures >= 5
                        ? Duration.ofMinutes(15)
                        : failures == 4
                                ? Duration.ofSeconds(30)
                                : failures == 3 ? Duration.ofSeconds(5) : Duration.ZERO;
            }
        },
        /**
         * One client address, whatever the accounts: the {@code limit}th failure in 15 minutes (30
         * unless configured) locks it for 15 minutes. Higher than an account's: one office's
         * computers often share one address.
         */
        ADDRESS(Duration.ofMinutes(15)) {
            @Override
            Duration lockAfter(int failures, int limit) {
                return failures >= limit ? Duration.ofMinutes(15) : Duration.ZERO;
            }
        };

        private final Duration window;

        Kind(Duration window) {
            this.window = window;
        }

        /**
         * How long attempts wait after the {@code failures}th failure of a window; {@code limit} is
         * the address's configured limit (an account's steps are fixed).
         */
        abstract Duration lockAfter(int failures, int limit);

        /** The key of one account or one address: case and Unicode form do not make another key. */
        public String key(String... parts) {
            String joined = String.join("/", parts);
            return name().toLowerCase(Locale.ROOT)
                    + ":"
                    + Normalizer.normalize(joined, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        }
    }

    /** Longer keys are cut: a typed username can be anything, the key column is 300 characters. */
    public static final int KEY_LENGTH = 300;

    @Id
    @Column(name = "throttle_key")
    private String key;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(nullable = false)
    private int failures;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected SignInThrottle() {}

    public SignInThrottle(String key, Instant now) {
        this.key = cut(Objects.requireNonNull(key));
        this.windowStart = now;
    }

    public static String cut(String key) {
        return key.length() <= KEY_LENGTH ? key : key.substring(0, KEY_LENGTH);
    }

    /** How long attempts must still wait, if they must. */
    public Optional<Duration> waitAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now)
                ? Optional.of(Duration.between(now, lockedUntil))
                : Optional.empty();
    }

    /**
     * Counts one failure. A failure after the window has passed starts a new window (so a lock
     * that has run out leaves the next attempt a fresh start, and at most five guesses per account
     * in about 15 minutes). Returns how long attempts now wait; zero if they need not.
     */
    public Duration fail(Kind kind, Instant now, int addressLimit) {
        if (!now.isBefore(windowStart.plus(kind.window))) {
            windowStart = now;
            failures = 0;
        }
        failures++;
        Duration wait = kind.lockAfter(failures, addressLimit);
        if (!wait.isZero()) {
            lockedUntil = now.plus(wait);
        }
        return wait;
    }

    public int failures() {
        return failures;
    }

    public String key() {
        return key;
    }
}
