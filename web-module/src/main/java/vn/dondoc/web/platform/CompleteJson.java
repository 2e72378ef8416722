package vn.dondoc.web.platform;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Every JSON body is read through once with JSON-P before JSON-B or a hand reader sees it, so that
 * a body cut short is a 400 ({@link jakarta.json.stream.JsonParsingException}, answered by {@link
 * UnexpectedFailureMapper}). Without it, Parsson's skipping of an unknown field's value loops for
 * ever at the end of the input ({@code {"x": {"a"} } cut after {@code "a"}): JSON-B skips the fields
 * a body class does not have, so one short request held a server thread at full CPU (D-039, found by
 * {@code JsonBodiesFuzzTest}).
 */
@Provider
public class CompleteJson implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !isJson(type)) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        check(body);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /**
     * @throws jakarta.json.stream.JsonParsingException for a body that is not complete JSON; an empty
     *     body passes (JAX-RS answers it as it always did)
     */
    static void check(byte[] body) {
        if (body.length == 0) {
            return;
        }
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            while (parser.hasNext()) {
                if (parser.next() == JsonParser.Event.VALUE_NUMBER) {
                    number(parser);
                }
            }
        }
    }

    /**
     * A number JSON allows but Java cannot hold ({@code 1e99999999999}): Parsson's {@code
     * NumberFormatException} would escape every reader as a 500 (found by fuzzing).
     */
    private static void number(JsonParser parser) {
        try {
            parser.getBigDecimal();
        } catch (NumberFormatException e) {
            throw new JsonParsingException("A number out of range", e, parser.getLocation());
        }
    }

    private static boolean isJson(MediaType type) {
        return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
    }
}
