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
 * algorithm is ES256, its {@code kid} names one of our keys (never a key carried in the token),
 * its signature, issuer, audience and expiry hold, and it names a tenant and roles.
 */
public final class TokenService {

    public static final String ALGORITHM = "ES256";
    static final String TENANT = "tenant";
    static final String AGENCY = "agency";
    static final String ROLES = "roles";

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

    public IssuedToken issue(String username, String tenant, String agencyCode, Set<String> roles) {
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
                .signWith(keys.signingKey(), Jwts.SIG.ES256)
                .compact();
        return new IssuedToken(token, lifetime.toSeconds());
    }

    public DondocPrincipal verify(String token) throws InvalidToken {
        return verified(token).principal();
    }

    /** The caller a token names, and the moment it stops being accepted. */
    public record VerifiedToken(DondocPrincipal principal, Instant expiresAt) {}

    /** Verifies as {@link #verify} does, keeping the token's expiry. */
    public VerifiedToken verified(String token) throws InvalidToken {
        Claims claims;
        try {
            Jws<Claims> jws = Jwts.parser()
                    .keyLocator(new OurKeysOnly())
                    .requireIssuer(issuer)
                    .requireAudience(audience)
                    .clock(() -> Date.from(clock.instant()))
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
        return new VerifiedToken(principalOf(claims), claims.getExpiration().toInstant());
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

    /** Finds the verification key by {@code kid} among our own keys, for ES256 only. */
    private final class OurKeysOnly extends LocatorAdapter<Key> {
        @Override
        protected Key locate(ProtectedHeader header) {
            if (!ALGORITHM.equals(header.getAlgorithm())) {
                throw new UnacceptedAlgorithm(header.getAlgorithm());
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
