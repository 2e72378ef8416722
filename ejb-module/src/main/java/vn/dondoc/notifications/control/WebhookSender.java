package vn.dondoc.notifications.control;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts one notice as JSON to a tenant's webhook, so that a province relays it to SMS or Zalo OA
 * through its own gateway. Signed: {@value #TIMESTAMP} holds the epoch second of sending and
 * {@value #SIGNATURE} {@code sha256=<hex>}, the HMAC-SHA256 with the tenant's secret of
 * {@code <timestamp>.<body>}; a receiver recomputes it and refuses a stale timestamp (a replay).
 */
public final class WebhookSender {

    public static final String SIGNATURE = "X-Dondoc-Signature";
    public static final String TIMESTAMP = "X-Dondoc-Timestamp";

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private WebhookSender() {}

    /** @throws IOException not reached, or answered other than 2xx */
    public static void post(String url, String secret, String json, Instant at) throws IOException {
        String timestamp = Long.toString(at.getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header(TIMESTAMP, timestamp)
                .header(SIGNATURE, "sha256=" + sign(secret, timestamp, json))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        HttpResponse<Void> response;
        try {
            response = CLIENT.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + response.statusCode() + " from " + url);
        }
    }

    /** The hex HMAC-SHA256 of {@code <timestamp>.<body>} under the secret. */
    public static String sign(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
