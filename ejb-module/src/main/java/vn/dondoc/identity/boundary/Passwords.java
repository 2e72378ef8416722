package vn.dondoc.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password hashing with the platform's PBKDF2 ({@link Pbkdf2PasswordHash}): HMAC-SHA512,
 * 210,000 iterations by default (OWASP's 2023 figure), a 32-byte salt per hash.
 */
@ApplicationScoped
public class Passwords {

    /** Hashed once, so that a sign-in for an unknown user costs as much as one for a known user. */
    private String decoy;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "dondoc.password.iterations", defaultValue = "210000")
    int iterations;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }

    /** Spends the time of one verification, for unknown users. */
    public void spendVerificationTime(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
    }
}
