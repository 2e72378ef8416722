package vn.dondoc.web.platform;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * An RFC 9457 problem document: {@code type}, {@code title}, {@code status}, {@code detail}.
 * Never a stack trace or a class name.
 */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType TYPE = MediaType.valueOf(MEDIA_TYPE);

    private Problem() {}

    public static Response response(int status, String title, String detail) {
        return response(status, title, detail, Map.of());
    }

    public static Response response(int status, String title, String detail, Map<String, Object> extensions) {
        return Response.status(status)
                .type(TYPE)
                .entity(json(status, title, detail, extensions))
                .build();
    }

    public static String json(int status, String title, String detail, Map<String, Object> extensions) {
        return json("about:blank", status, title, detail, extensions);
    }

    /**
     * A problem of a named kind: {@code type} {@code urn:dondoc:problem:<code>} and the same code in
     * {@code code}, for a client that must act on it ({@code password-change-required}).
     */
    public static Response response(String code, int status, String title, String detail) {
        return Response.status(status)
                .type(TYPE)
                .entity(json("urn:dondoc:problem:" + code, status, title, detail, Map.of("code", code)))
                .build();
    }

    private static String json(String type, int status, String title, String detail, Map<String, Object> extensions) {
        JsonObjectBuilder body =
                Json.createObjectBuilder().add("type", type).add("title", title).add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        extensions.forEach((name, value) -> body.add(name, Json.createValue(String.valueOf(value))));
        return body.build().toString();
    }
}
