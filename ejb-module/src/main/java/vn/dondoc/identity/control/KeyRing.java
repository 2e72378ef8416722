package vn.dondoc.identity.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The token keys, read from a directory: {@code <kid>.pub.pem} (X.509) verifies tokens of that
 * key id, {@code <kid>.key.pem} (PKCS#8) signs them. Several public keys may be present at once,
 * so keys can be rotated without signing everybody out. Keys are EC P-256 (ES256).
 */
public final class KeyRing {

    private static final String PUBLIC_SUFFIX = ".pub.pem";
    private static final String PRIVATE_SUFFIX = ".key.pem";

    private final Map<String, PublicKey> verificationKeys;
    private final String signingKeyId;
    private final PrivateKey signingKey;

    private KeyRing(Map<String, PublicKey> verificationKeys, String signingKeyId, PrivateKey signingKey) {
        this.verificationKeys = Map.copyOf(verificationKeys);
        this.signingKeyId = signingKeyId;
        this.signingKey = signingKey;
    }

    /**
     * Reads the keys in {@code dir}. The signing key is {@code activeKid} when given, else the
     * only private key there; anything ambiguous or missing is refused with a message that says
     * what to configure.
     */
    public static KeyRing read(Path dir, Optional<String> activeKid) {
        Map<String, PublicKey> publicKeys = new TreeMap<>();
        Map<String, Path> privateKeys = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(PUBLIC_SUFFIX)) {
                    publicKeys.put(kidOf(name, PUBLIC_SUFFIX), publicKey(file));
                } else if (name.endsWith(PRIVATE_SUFFIX)) {
                    privateKeys.put(kidOf(name, PRIVATE_SUFFIX), file);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the token keys in " + dir + ": " + e.getMessage(), e);
        }
        String kid = activeKid.filter(k -> !k.isBlank()).orElseGet(() -> {
            if (privateKeys.size() != 1) {
                throw new IllegalStateException("Found " + privateKeys.size() + " signing keys (*" + PRIVATE_SUFFIX
                        + ") in " + dir + ": set dondoc.jwt.active-kid to the one that signs.");
            }
            return privateKeys.keySet().iterator().next();
        });
        if (!privateKeys.containsKey(kid) || !publicKeys.containsKey(kid)) {
            throw new IllegalStateException("The signing key '" + kid + "' needs both " + kid + PRIVATE_SUFFIX + " and "
                    + kid + PUBLIC_SUFFIX + " in " + dir + ".");
        }
        return new KeyRing(publicKeys, kid, privateKey(privateKeys.get(kid)));
    }

    /** Whether {@code dir} holds any signing key. */
    public static boolean hasKeys(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(PRIVATE_SUFFIX));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes a new key pair named {@code kid} in {@code dir}: for demo mode and tests. */
    public static void generate(Path dir, String kid) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(dir);
            Path privateFile = dir.resolve(kid + PRIVATE_SUFFIX);
            Files.writeString(
                    privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            restrictToOwner(privateFile);
            Files.writeString(
                    dir.resolve(kid + PUBLIC_SUFFIX),
                    pem("PUBLIC KEY", pair.getPublic().getEncoded()),
                    StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot create a token key in " + dir + ": " + e.getMessage(), e);
        }
    }

    public Optional<PublicKey> verificationKey(String kid) {
        return Optional.ofNullable(kid).map(verificationKeys::get);
    }

    public String signingKeyId() {
        return signingKeyId;
    }

    public PrivateKey signingKey() {
        return signingKey;
    }

    private static String kidOf(String fileName, String suffix) {
        return fileName.substring(0, fileName.length() - suffix.length());
    }

    private static PublicKey publicKey(Path file) {
        try {
            return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der(file)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(file + " is not an EC public key in PEM form: " + e.getMessage(), e);
        }
    }

    private static PrivateKey privateKey(Path file) {
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der(file)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    file + " is not an EC private key in PKCS#8 PEM form: " + e.getMessage(), e);
        }
    }

    private static byte[] der(Path file) {
        try {
            String base64 = Files.readString(file, StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return Base64.getDecoder().decode(base64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's own permissions must do
        }
    }
}
