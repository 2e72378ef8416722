package vn.dondoc.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small HTTP client for the deployed API, as an outside caller sees it. */
final class Api {

    static final String PASSWORD = "demo";

    private final URI base;
    private final Map<String, String> tokens;
    /** Kept tokens ended by a sign-out, and the token signed in again in their place. */
    private final Map<String, String> renewals = new java.util.concurrent.ConcurrentHashMap<>();

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** @param tokens where tokens are kept between tests: one map per deployment */
    Api(URL deployment, Map<String, String> tokens) {
        String root = deployment.toString();
        this.base = URI.create(root.endsWith("/") ? root : root + "/");
        this.tokens = tokens;
    }

    /** A path relative to the deployment ("api/v1/agencies"), or absolute on the server ("/health/ready"). */
    URI uri(String path) {
        return base.resolve(path);
    }

    /** A token for a demo user (password "demo"), signed in once per deployment. */
    String token(String tenant, String username) {
        return tokens.computeIfAbsent(tenant + "/" + username, key -> {
            Reply reply = signIn(tenant, username, PASSWORD);
            assertThat(reply.status())
                    .as("sign-in of %s in %s: %s", username, tenant, reply.body())
                    .isEqualTo(200);
            return reply.object().getString("accessToken");
        });
    }

    Reply signIn(String tenant, String username, String password) {
        String body = Json.createObjectBuilder()
                .add("tenant", tenant)
                .add("username", username)
                .add("password", password)
                .build()
                .toString();
        return post("api/v1/auth/token", null, body);
    }

    /** Kế hoạch 204 imported as a new document by the holder of {@code token}; its id. */
    long importKeHoach204(String token) {
        byte[] plan;
        try (java.io.InputStream in = Api.class.getResourceAsStream("/plans/kh-204-vinh-phuc.txt")) {
            plan = in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Reply created = send(request("api/v1/documents/import", token)
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(plan)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.object().getJsonNumber("id").longValue();
    }

    /** The item with this code in a {@code Document}'s tree, at any depth. */
    static JsonObject item(JsonObject document, String code) {
        List<JsonObject> all = new ArrayList<>();
        collect(document.getJsonArray("items"), all);
        return all.stream()
                .filter(i -> i.getString("code").equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no item " + code));
    }

    private static void collect(JsonArray items, List<JsonObject> into) {
        for (JsonObject item : items.getValuesAs(JsonObject.class)) {
            into.add(item);
            collect(item.getJsonArray("children"), into);
        }
    }

    Reply get(String path, String token) {
        return send(request(path, token).GET());
    }

    Reply post(String path, String token, String json) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply send(HttpRequest.Builder request) {
        Reply reply = exchange(request);
        for (int attempt = 0;
                attempt < 2 && reply.status() == 401 && reply.body().contains("revoked");
                attempt++) {
            String used = reply.response()
                    .request()
                    .headers()
                    .firstValue("Authorization")
                    .orElse("");
            String renewed = used.startsWith("Bearer ") ? renewedAfterSignOut(used.substring(7)) : null;
            if (renewed == null || used.equals("Bearer " + renewed)) {
                break;
            }
            reply = exchange(request.setHeader("Authorization", "Bearer " + renewed));
        }
        return reply;
    }

    /**
     * Signing out ends every token of the user (D-038): when a browser test signs a user out, the
     * token this deployment's tests keep for that user ends too. A kept token refused as revoked is
     * signed in again, once, and the test's call repeated; a token a test signed in for itself is
     * never renewed, so a test of revocation sees the 401.
     */
    private synchronized String renewedAfterSignOut(String token) {
        String known = renewals.get(token);
        if (known != null) {
            return tokens.containsValue(known) ? known : renewedAfterSignOut(known);
        }
        String key = tokens.entrySet().stream()
                .filter(e -> e.getValue().equals(token))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
        if (key == null) {
            return null;
        }
        tokens.remove(key);
        String[] tenantAndUser = key.split("/", 2);
        String fresh = token(tenantAndUser[0], tenantAndUser[1]);
        renewals.put(token, fresh);
        return fresh;
    }

    private Reply exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    /** An HTTP answer with its body read as JSON on demand. */
    record Reply(HttpResponse<String> response) {

        int status() {
            return response.statusCode();
        }

        String body() {
            return response.body();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        JsonObject object() {
            return (JsonObject) json();
        }

        JsonArray array() {
            return (JsonArray) json();
        }

        private JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(body()))) {
                return reader.read();
            }
        }

        /** Asserts an RFC 9457 problem with this status that tells nothing of the server's insides. */
        Reply isProblem(int expectedStatus) {
            assertThat(status()).as(body()).isEqualTo(expectedStatus);
            assertThat(header("Content-Type")).startsWith("application/problem+json");
            JsonObject problem = object();
            assertThat(problem.getInt("status")).isEqualTo(expectedStatus);
            assertThat(problem.getString("title")).isNotBlank();
            assertThat(problem.getString("detail")).isNotBlank();
            assertThat(body()).doesNotContain("Exception", "vn.dondoc", "jakarta.", "at java.", "\tat ");
            return this;
        }
    }
}
