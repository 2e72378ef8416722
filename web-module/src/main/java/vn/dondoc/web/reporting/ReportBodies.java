package vn.dondoc.web.reporting;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.reporting.boundary.ReportInput;

/**
 * Reads a {@code Report} body by hand, so that a value of the wrong kind ("12a" where a number
 * goes) is refused with its path ({@code entries[0].figures[1].numerator: không phải số / not a
 * number}) rather than as an unreadable body. Every such problem is listed at once; the boundary
 * then checks what the values mean (negative, zero denominator: 422).
 */
final class ReportBodies {

    private final List<String> problems = new ArrayList<>();

    private ReportBodies() {}

    /**
     * @param body the request's JSON, taken as any value: a JSON-P object parameter given an array
     *     fails inside JAX-RS with a 500
     * @throws InvalidInput for a body that is not an object, naming every field of the wrong kind
     */
    static ReportInput read(JsonValue body) {
        if (!(body instanceof JsonObject object)) {
            throw new InvalidInput("Nội dung phải là một đối tượng JSON {\"summary\": …, \"entries\": […]} / The body"
                    + " must be a JSON object {\"summary\": …, \"entries\": […]}");
        }
        ReportBodies reader = new ReportBodies();
        ReportInput input = reader.report(object);
        if (!reader.problems.isEmpty()) {
            throw new InvalidInput(String.join("; ", reader.problems));
        }
        return input;
    }

    private ReportInput report(JsonObject body) {
        ReportInput input = new ReportInput();
        input.summary = text(body, "summary", "");
        for (JsonObject entry : objects(body, "entries", "entries")) {
            input.entries.add(entry(entry, "entries[" + input.entries.size() + "]"));
        }
        return input;
    }

    private ReportInput.Entry entry(JsonObject json, String at) {
        ReportInput.Entry entry = new ReportInput.Entry();
        BigDecimal item = number(json, "itemId", at);
        if (item != null) {
            try {
                entry.itemId = item.longValueExact();
            } catch (ArithmeticException e) {
                problems.add(at + ".itemId: không phải mã mục / not an item id");
            }
        }
        entry.narrative = text(json, "narrative", at);
        JsonValue completed = json.get("completed");
        if (completed == JsonValue.TRUE) {
            entry.completed = true;
        } else if (completed != null && completed != JsonValue.FALSE && completed != JsonValue.NULL) {
            problems.add(at + ".completed: phải là true hoặc false / must be true or false");
        }
        String completedOn = text(json, "completedOn", at);
        if (completedOn != null) {
            try {
                entry.completedOn = LocalDate.parse(completedOn);
            } catch (DateTimeParseException e) {
                problems.add(at + ".completedOn: ngày phải có dạng YYYY-MM-DD / a date is YYYY-MM-DD");
            }
        }
        for (JsonObject figure : objects(json, "figures", at + ".figures")) {
            entry.figures.add(figure(figure, at + ".figures[" + entry.figures.size() + "]"));
        }
        return entry;
    }

    private ReportInput.Figure figure(JsonObject json, String at) {
        ReportInput.Figure figure = new ReportInput.Figure();
        figure.name = text(json, "name", at);
        figure.numerator = number(json, "numerator", at);
        figure.denominator = number(json, "denominator", at);
        figure.target = number(json, "target", at);
        figure.unit = text(json, "unit", at);
        return figure;
    }

    private List<JsonObject> objects(JsonObject json, String name, String at) {
        JsonValue value = json.get(name);
        List<JsonObject> objects = new ArrayList<>();
        if (value == null || value == JsonValue.NULL) {
            return objects;
        }
        if (!(value instanceof JsonArray array)) {
            problems.add(at + ": phải là một danh sách / must be an array");
            return objects;
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonObject object) {
                objects.add(object);
            } else {
                problems.add(at + "[" + i + "]: phải là một đối tượng / must be an object");
            }
        }
        return objects;
    }

    private String text(JsonObject json, String name, String at) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        problems.add(field(at, name) + ": phải là chuỗi / must be a string");
        return null;
    }

    private BigDecimal number(JsonObject json, String name, String at) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        problems.add(field(at, name) + ": không phải số / not a number");
        return null;
    }

    private static String field(String at, String name) {
        return at.isEmpty() ? name : at + "." + name;
    }
}
