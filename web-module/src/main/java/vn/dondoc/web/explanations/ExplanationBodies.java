package vn.dondoc.web.explanations;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.dondoc.explanations.boundary.AnswerInput;
import vn.dondoc.explanations.boundary.ExplanationRequestInput;
import vn.dondoc.platform.boundary.InvalidInput;

/**
 * Reads the bodies of requests for explanation by hand, as a report's is (D-023), so that a value of
 * the wrong kind ({@code "obligationId": "17"}, {@code "answerBy": "20/06/2024"}) is refused naming
 * its field. What is missing or means nothing is the boundary's to refuse, so that it is audited.
 */
final class ExplanationBodies {

    private ExplanationBodies() {}

    /** {@code {agencyCode, obligationId | itemId, question, answerBy}}; {@code null} stays absent. */
    static ExplanationRequestInput ask(JsonValue body) {
        JsonObject json = object(body, "{\"agencyCode\", \"obligationId\" | \"itemId\", \"question\", \"answerBy\"}");
        ExplanationRequestInput input = new ExplanationRequestInput();
        input.agencyCode = text(json, "agencyCode");
        input.obligationId = id(json, "obligationId");
        input.itemId = id(json, "itemId");
        input.question = text(json, "question");
        String answerBy = text(json, "answerBy");
        if (answerBy != null) {
            try {
                input.answerBy = LocalDate.parse(answerBy.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInput("answerBy: không phải ngày dạng YYYY-MM-DD / not a date as YYYY-MM-DD");
            }
        }
        return input;
    }

    /** {@code {text}}. */
    static AnswerInput answer(JsonValue body) {
        AnswerInput input = new AnswerInput();
        input.text = text(object(body, "{\"text\"}"), "text");
        return input;
    }

    private static JsonObject object(JsonValue body, String shape) {
        if (body == null) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (!(body instanceof JsonObject json)) {
            throw new InvalidInput(
                    "Nội dung phải là một đối tượng JSON " + shape + " / The body must be a JSON object " + shape);
        }
        return json;
    }

    private static String text(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw new InvalidInput(field + ": không phải chuỗi / not a string");
    }

    private static Long id(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            try {
                return number.bigDecimalValue().longValueExact();
            } catch (ArithmeticException e) {
                // a fraction, or too large: refused below
            }
        }
        throw new InvalidInput(field + ": không phải số hiệu (số nguyên) / not an id (a whole number)");
    }
}
