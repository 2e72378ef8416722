package vn.dondoc.benchmarks.burst;

import jakarta.json.Json;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Signs users in ({@code POST /auth/token}) and keeps their tokens until shortly before they expire. */
final class Tokens {

    private record Token(String value, Instant renewAfter) {}

    private final Http http;
    private final String tenant;
    private final String password;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    Tokens(Http http, String tenant, String password) {
        this.http = http;
        this.tenant = tenant;
        this.password = password;
    }

    String of(String username) throws IOException, InterruptedException {
        Token token = tokens.get(username);
        if (token == null || Instant.now().isAfter(token.renewAfter())) {
            token = signIn(username);
            tokens.put(username, token);
        }
        return token.value();
    }

    private Token signIn(String username) throws IOException, InterruptedException {
        String body = Json.createObjectBuilder()
                .add("tenant", tenant)
                .add("username", username)
                .add("password", password)
                .build()
                .toString();
        var answer = http.expect(
                        200,
                        http.request("/api/v1/auth/token", null)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build())
                .object();
        long lifetime = answer.containsKey("expiresIn")
                ? answer.getJsonNumber("expiresIn").longValue()
                : 900;
        return new Token(
                answer.getString("accessToken"), Instant.now().plus(Duration.ofSeconds(Math.max(60, lifetime / 2))));
    }
}
