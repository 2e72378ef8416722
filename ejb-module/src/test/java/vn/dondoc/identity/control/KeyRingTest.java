package vn.dondoc.identity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The token keys on disk: which one signs, which ones verify, and who may read them. */
class KeyRingTest {

    @TempDir
    Path dir;

    @Test
    void theOnlyPrivateKeySignsWithoutConfiguration() {
        KeyRing.generate(dir, "k1");
        KeyRing ring = KeyRing.read(dir, Optional.empty());
        assertThat(ring.signingKeyId()).isEqualTo("k1");
        assertThat(ring.verificationKey("k1")).isPresent();
        assertThat(ring.verificationKey("k2")).isEmpty();
        assertThat(ring.verificationKey(null)).isEmpty();
    }

    @Test
    void twoPrivateKeysWithoutAnActiveKidAreRefusedNamingTheSetting() {
        KeyRing.generate(dir, "k1");
        KeyRing.generate(dir, "k2");
        assertThatThrownBy(() -> KeyRing.read(dir, Optional.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Found 2 signing keys")
                .hasMessageContaining("dondoc.jwt.active-kid");
    }

    @Test
    void aBlankActiveKidCountsAsNone() {
        KeyRing.generate(dir, "k1");
        KeyRing.generate(dir, "k2");
        assertThatThrownBy(() -> KeyRing.read(dir, Optional.of(" ")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dondoc.jwt.active-kid");
    }

    @Test
    void theActiveKidPicksThatKeyToSign() throws IOException {
        KeyRing.generate(dir, "k1");
        KeyRing.generate(dir, "k2");

        KeyRing ring = KeyRing.read(dir, Optional.of("k2"));

        assertThat(ring.signingKeyId()).isEqualTo("k2");
        assertThat(ring.signingKey().getEncoded()).isEqualTo(der(dir.resolve("k2.key.pem")));
        assertThat(ring.signingKey().getEncoded()).isNotEqualTo(der(dir.resolve("k1.key.pem")));
    }

    @Test
    void tokensOfTheFormerKeyStillVerifyAfterRotation() throws InvalidToken {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);
        KeyRing.generate(dir, "k1");
        String before = new TokenService(
                        KeyRing.read(dir, Optional.empty()), "dondoc", "dondoc-api", Duration.ofMinutes(15), clock)
                .issue("admin", "vinh-phuc", null, Set.of("ADMIN"))
                .accessToken();

        KeyRing.generate(dir, "k2");
        TokenService rotated = new TokenService(
                KeyRing.read(dir, Optional.of("k2")), "dondoc", "dondoc-api", Duration.ofMinutes(15), clock);

        assertThat(rotated.verify(before).getName()).isEqualTo("admin");
        String after =
                rotated.issue("admin", "vinh-phuc", null, Set.of("ADMIN")).accessToken();
        String header = new String(Base64.getUrlDecoder().decode(after.split("\\.")[0]), StandardCharsets.UTF_8);
        assertThat(header).contains("\"kid\":\"k2\"").contains("\"alg\":\"ES256\"");
    }

    @Test
    void anActiveKidWithoutItsPrivateKeyIsRefused() throws IOException {
        KeyRing.generate(dir, "k1");
        KeyRing.generate(dir, "k2");
        Files.delete(dir.resolve("k2.key.pem"));
        assertThatThrownBy(() -> KeyRing.read(dir, Optional.of("k2")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("k2.key.pem")
                .hasMessageContaining("k2.pub.pem");
    }

    @Test
    void aDirectoryWithoutKeysIsRefused() {
        assertThat(KeyRing.hasKeys(dir)).isFalse();
        assertThatThrownBy(() -> KeyRing.read(dir, Optional.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Found 0 signing keys");
    }

    @Test
    void hasKeysSeesAGeneratedKey() {
        KeyRing.generate(dir.resolve("keys"), "k1");
        assertThat(KeyRing.hasKeys(dir.resolve("keys"))).isTrue();
        assertThat(KeyRing.hasKeys(dir.resolve("nowhere"))).isFalse();
    }

    @Test
    void thePrivateKeyFileIsReadableAndWritableByItsOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
        KeyRing.generate(dir, "k1");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("k1.key.pem"))))
                .isEqualTo("rw-------");
    }

    /** The DER bytes inside a PEM file, read independently of {@link KeyRing}. */
    private static byte[] der(Path pem) throws IOException {
        String body = Files.readString(pem, StandardCharsets.US_ASCII)
                .lines()
                .filter(l -> !l.startsWith("-----"))
                .reduce("", String::concat);
        return Base64.getDecoder().decode(body);
    }
}
