package vn.dondoc.web.reporting;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.reporting.boundary.ExtensionDecision;
import vn.dondoc.reporting.boundary.ExtensionRequest;

/**
 * Reads the bodies of a request for more time and its decision by hand, as a report's is (D-023), so
 * that a value of the wrong kind ({@code "requestedDueOn": "5/7/2024"}, a number for the reason)
 * names its field. A missing value is the boundary's to refuse, naming the field too.
 */
final class ExtensionBodies {

    private ExtensionBodies() {}

    /** {@code {requestedDueOn, reason}}. */
    static ExtensionRequest request(JsonValue body) {
        JsonObject json = object(body, "{\"requestedDueOn\": \"YYYY-MM-DD\", \"reason\": …}");
        ExtensionRequest request = new ExtensionRequest();
        request.requestedDueOn = date(json, "requestedDueOn");
        request.reason = text(json, "reason");
        return request;
    }

    /** {@code {dueOn}}. */
    static ExtensionDecision approval(JsonValue body) {
        ExtensionDecision decision = new ExtensionDecision();
        decision.dueOn = date(object(body, "{\"dueOn\": \"YYYY-MM-DD\"}"), "dueOn");
        return decision;
    }

    /** {@code {comment}}. */
    static ExtensionDecision refusal(JsonValue body) {
        ExtensionDecision decision = new ExtensionDecision();
        decision.comment = text(object(body, "{\"comment\": …}"), "comment");
        return decision;
    }

    /**
     * @param body the request's JSON taken as any value (a JSON-P object parameter given an array fails
     *     inside JAX-RS with a 500); no body at all is read as {@code {}}
     */
    private static JsonObject object(JsonValue body, String shape) {
        if (body == null || body == JsonValue.NULL) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (!(body instanceof JsonObject object)) {
            throw new InvalidInput(
                    "Nội dung phải là một đối tượng JSON " + shape + " / The body must be a JSON object " + shape);
        }
        return object;
    }

    private static LocalDate date(JsonObject json, String field) {
        String text = text(json, field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field + ": ngày phải có dạng YYYY-MM-DD / a date is YYYY-MM-DD");
        }
    }

    private static String text(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw new InvalidInput(field + ": phải là chuỗi / must be a string");
    }
}
