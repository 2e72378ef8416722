package vn.dondoc.identity.control;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.LocatorAdapter;
import io.jsonwebtoken.ProtectedHeader;
import io.jsonwebtoken.RequiredTypeException;
import io.jsonwebtoken.security.SecurityException;
import java.security.Key;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.dondoc.platform.security.DondocPrincipal;

/**
 * Issues and checks the short-lived access tokens (JWS, ES256). A token is accepted only if its
 * algorithm is ES256, its {@code kid} names one of our keys (never a key carried in the token: a
 * token naming one in {@code jwk}, {@code jku}, {@code x5u} or {@code x5c} is refused before
 * anything is looked at, and no address in it is ever fetched), its signature, issuer, audience and
 * expiry hold, it was not issued or made valid in the future (beyond {@link #CLOCK_SKEW}, for
 * servers whose clocks differ a little), and it names a tenant and roles. RFC 8725; every attack
 * has its test in {@code TokenServiceTest} (docs/reliability/tokens.md).
 *
 * <p>The token carries the user's token version ({@code ver}): signing out or disabling the user
 * raises the version in the database, and the web layer refuses a token whose version is no longer
 * the user's (D-038). This class only carries the number; it knows no database.
 */
public final class TokenService {

    public static final String ALGORITHM = "ES256";
    static final String TENANT = "tenant";
    static final String AGENCY = "agency";
    static final String ROLES = "roles";
    static final String VERSION = "ver";

    /** How far ahead of ours another server's clock may be when it issues a token. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    /** Headers that carry or point to a key: never followed, and a token that has one is refused. */
    private static final Set<String> KEY_CARRYING_HEADERS = Set.of("jwk", "jku", "x5u", "x5c", "x5t", "x5t#S256");

    private final KeyRing keys;
    private final String issuer;
    private final String audience;
    private final Duration lifetime;
    private final Clock clock;

    public TokenService(KeyRing keys, String issuer, String audience, Duration lifetime, Clock clock) {
        this.keys = keys;
        this.issuer = issuer;
        this.audience = audience;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** A token of a user whose token version is still the first (0): never signed out nor disabled. */
    public IssuedToken issue(String username, String tenant, String agencyCode, Set<String> roles) {
        return issue(username, tenant, agencyCode, roles, 0);
    }

    /** A token for the user as they are now, {@code version} their current token version. */
    public IssuedToken issue(String username, String tenant, String agencyCode, Set<String> roles, long version) {
        Instant now = clock.instant();
        String token = Jwts.builder()
                .header()
                .keyId(keys.signingKeyId())
                .and()
                .id(UUID.randomUUID().toString())
                .subject(username)
                .issuer(issuer)
                .audience()
                .add(audience)
                .and()
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(lifetime)))
                .claim(TENANT, tenant)
                .claim(AGENCY, agencyCode)
                .claim(ROLES, List.copyOf(roles))
                .claim(VERSION, version)
                .signWith(keys.signingKey(), Jwts.SIG.ES256)
                .compact();
        return new IssuedToken(token, lifetime.toSeconds());
    }

    public DondocPrincipal verify(String token) throws InvalidToken {
        return verified(token).principal();
    }

    /**
     * The caller a token names, the moment it stops being accepted, and the user's token version
     * when it was issued (0 for a token without one).
     */
    public record VerifiedToken(DondocPrincipal principal, Instant expiresAt, long version) {}

    /** Verifies as {@link #verify} does, keeping the token's expiry. */
    public VerifiedToken verified(String token) throws InvalidToken {
        Claims claims;
        try {
            Jws<Claims> jws = Jwts.parser()
                    .keyLocator(new OurKeysOnly())
                    .requireIssuer(issuer)
                    .requireAudience(audience)
                    .clock(() -> Date.from(clock.instant()))
                    // for "nbf" only: the expiry is checked below without any leeway
                    .clockSkewSeconds(CLOCK_SKEW.toSeconds())
                    .build()
                    .parseSignedClaims(token);
            claims = jws.getPayload();
        } catch (ExpiredJwtException e) {
            throw new InvalidToken("Token đã hết hạn / The token has expired", e);
        } catch (SecurityException e) {
            throw new InvalidToken("Chữ ký của token không hợp lệ / The token's signature is not valid", e);
        } catch (JwtException | IllegalArgumentException e) {
            throw new InvalidToken("Token không hợp lệ / The token is not valid", e);
        }
        Instant now = clock.instant();
        Date expiration = claims.getExpiration();
        if (expiration == null) {
            throw new InvalidToken("Token không có hạn dùng / The token has no expiry", null);
        }
        if (!expiration.toInstant().isAfter(now)) {
            throw new InvalidToken("Token đã hết hạn / The token has expired", null);
        }
        Date issuedAt = claims.getIssuedAt();
        if (issuedAt != null && issuedAt.toInstant().isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidToken("Token được cấp trong tương lai / The token was issued in the future", null);
        }
        return new VerifiedToken(principalOf(claims), expiration.toInstant(), versionOf(claims));
    }

    /**
     * Whether a token has lived past half its lifetime: the web pages then renew it, so that a
     * user at work is not signed out in the middle of a form, while a token taken from a browser
     * left alone still dies within one lifetime.
     */
    public boolean dueForRenewal(VerifiedToken token) {
        return Duration.between(clock.instant(), token.expiresAt()).compareTo(lifetime.dividedBy(2)) < 0;
    }

    private static DondocPrincipal principalOf(Claims claims) throws InvalidToken {
        String tenant;
        String agency;
        try {
            tenant = claims.get(TENANT, String.class);
            agency = claims.get(AGENCY, String.class);
        } catch (RequiredTypeException e) {
            // a claim of the wrong type is a bad token, not a server error
            throw new InvalidToken("Token không hợp lệ / The token is not valid", e);
        }
        Object roles = claims.get(ROLES);
        if (claims.getSubject() == null || tenant == null || !(roles instanceof Collection<?> roleList)) {
            throw new InvalidToken("Token thiếu thông tin người dùng / The token lacks subject, tenant or roles", null);
        }
        Set<String> roleNames = new LinkedHashSet<>();
        roleList.forEach(r -> roleNames.add(String.valueOf(r)));
        return new DondocPrincipal(claims.getSubject(), tenant, agency, roleNames);
    }

    private static long versionOf(Claims claims) throws InvalidToken {
        Object version = claims.get(VERSION);
        if (version == null) {
            return 0;
        }
        if (!(version instanceof Number number) || number.longValue() != number.doubleValue()) {
            throw new InvalidToken("Token không hợp lệ / The token is not valid", null);
        }
        return number.longValue();
    }

    /**
     * Finds the verification key by {@code kid} among our own keys, for ES256 only. A header that
     * offers a key of its own ({@code jwk}, {@code x5c}) or an address to fetch one from ({@code
     * jku}, {@code x5u}) is refused outright: such a token is either a forgery or from a system
     * that is not ours.
     */
    private final class OurKeysOnly extends LocatorAdapter<Key> {
        @Override
        protected Key locate(ProtectedHeader header) {
            if (!ALGORITHM.equals(header.getAlgorithm())) {
                throw new UnacceptedAlgorithm(header.getAlgorithm());
            }
            for (String name : KEY_CARRYING_HEADERS) {
                if (header.containsKey(name)) {
                    throw new SecurityException("A token header carrying a key (" + name + ") is not accepted");
                }
            }
            return keys.verificationKey(header.getKeyId())
                    .orElseThrow(() -> new SecurityException("Unknown key id " + header.getKeyId()));
        }
    }

    private static final class UnacceptedAlgorithm extends JwtException {
        private static final long serialVersionUID = 1L;

        UnacceptedAlgorithm(String algorithm) {
            super("Algorithm " + algorithm + " is not accepted");
        }
    }
}
