package vn.dondoc.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dondoc.audit.boundary.AuditExempt;
import vn.dondoc.audit.entity.AuditRecord;
import vn.dondoc.audit.entity.Outcome;
import vn.dondoc.identity.entity.SignInThrottle;
import vn.dondoc.identity.entity.SignInThrottle.Kind;
import vn.dondoc.tenancy.boundary.TenantBound;
import vn.dondoc.tenancy.boundary.TenantId;
import vn.dondoc.tenancy.entity.Tenant;

/**
 * Failed sign-ins, counted per account and per client address in the database, so that every server
 * slows and locks the same (D-038, ASVS 2.2.1). Each call is its own transaction: a failure must be
 * counted although the sign-in that failed rolls back. Called by {@link SignIn} only.
 */
@Stateless
@TenantBound
@PermitAll
public class SignInAttempts {

    static final String LOCKED = "Đăng nhập sai quá nhiều lần; vui lòng thử lại sau %d giây / Too many failed"
            + " sign-ins; try again in %d seconds";

    @PersistenceContext
    EntityManager em;

    /** The product's clock (a demo may fix it): for the audit record, like every other record. */
    @Inject
    Clock clock;

    /**
     * Real time for the waits: a lock lasts 15 real minutes even on a server whose product clock is
     * fixed (a demo, a test), where the product's clock would never let it end.
     */
    Clock realTime = Clock.systemUTC();

    /**
     * Failures from one address within 15 minutes that lock it. The integration tests, whose every
     * client is 127.0.0.1 and whose classes share one database, raise it: their wrong passwords
     * across the suite would otherwise come near it.
     */
    @Inject
    @ConfigProperty(name = "dondoc.sign-in.address-failures", defaultValue = "30")
    int addressFailures = 30;

    /** How long sign-ins of this account or from this address must still wait; empty if none. */
    @AuditExempt("a read; the sign-in it guards is audited (auth.token), refused ones too")
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Duration> waitFor(@TenantId String tenant, String username, String address) {
        Instant now = realTime.instant();
        return keys(tenant, username, address)
                .map(key -> em.find(SignInThrottle.class, SignInThrottle.cut(key)))
                .flatMap(t -> t == null ? Stream.empty() : t.waitAt(now).stream())
                .max(Duration::compareTo);
    }

    /**
     * Counts a failed sign-in of the account and of the address; when that starts a wait, an audit
     * record says so (in the tenant named, if it exists). Returns the longer of the two waits.
     */
    @AuditExempt("writes its own record, auth.throttle, when a wait begins: not one per failure,"
            + " which auth.token already records")
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Duration failed(@TenantId String tenant, String username, String address) {
        Instant now = realTime.instant();
        Duration account = fail(Kind.ACCOUNT, Kind.ACCOUNT.key(tenant, username), now);
        Duration fromAddress = address == null ? Duration.ZERO : fail(Kind.ADDRESS, Kind.ADDRESS.key(address), now);
        if (!account.isZero() || !fromAddress.isZero()) {
            audit(tenant, username, address, account, fromAddress);
        }
        return account.compareTo(fromAddress) >= 0 ? account : fromAddress;
    }

    /** A successful sign-in clears the account's count; the address's stays (one good account must not
     * unlock guessing at the others). */
    @AuditExempt("the sign-in it follows is audited (auth.token)")
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void succeeded(@TenantId String tenant, String username) {
        SignInThrottle account = em.find(SignInThrottle.class, SignInThrottle.cut(Kind.ACCOUNT.key(tenant, username)));
        if (account != null) {
            em.remove(account);
        }
    }

    private Duration fail(Kind kind, String key, Instant now) {
        String id = SignInThrottle.cut(key);
        SignInThrottle throttle = em.find(SignInThrottle.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new SignInThrottle(id, now);
            em.persist(throttle);
        }
        return throttle.fail(kind, now, addressFailures);
    }

    private void audit(String tenant, String username, String address, Duration account, Duration fromAddress) {
        if (em.find(Tenant.class, tenant) == null) {
            return; // nobody to tell: the sign-ins named a tenant that does not exist
        }
        String detail = !account.isZero()
                ? "Tài khoản phải chờ %d giây sau nhiều lần đăng nhập sai / The account waits %d seconds after"
                                .formatted(account.toSeconds(), account.toSeconds())
                        + " repeated failed sign-ins"
                : "Địa chỉ %s phải chờ %d giây / The address %s waits %d seconds"
                        .formatted(address, fromAddress.toSeconds(), address, fromAddress.toSeconds());
        em.persist(
                new AuditRecord(clock.instant(), "anonymous", "", "auth.throttle", username, Outcome.REFUSED, detail));
    }

    private static Stream<String> keys(String tenant, String username, String address) {
        return address == null
                ? Stream.of(Kind.ACCOUNT.key(tenant, username))
                : Stream.of(Kind.ACCOUNT.key(tenant, username), Kind.ADDRESS.key(address));
    }
}
