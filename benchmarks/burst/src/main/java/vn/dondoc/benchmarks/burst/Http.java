package vn.dondoc.benchmarks.burst;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** java.net.http over HTTP/1.1 against one server, answers read as text. */
final class Http {

    private final HttpClient client;
    private final String server;

    Http(String server) {
        this.server = server.replaceAll("/+$", "");
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    record Answer(int status, String body, Optional<String> etag) {
        JsonObject object() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        JsonArray array() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }
    }

    /** A request to {@code path} on the server, with the bearer token when there is one. */
    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(server + path)).timeout(Duration.ofMinutes(2));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(
                response.statusCode(), response.body(), response.headers().firstValue("ETag"));
    }

    /** Sends and insists on {@code expected}: setup steps have no business failing. */
    Answer expect(int expected, HttpRequest request) throws IOException, InterruptedException {
        Answer answer = send(request);
        if (answer.status() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + answer.status()
                    + " (expected " + expected + "): " + abbreviate(answer.body()));
        }
        return answer;
    }

    static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
