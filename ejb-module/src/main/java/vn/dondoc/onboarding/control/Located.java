package vn.dondoc.onboarding.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A JSON value and the line it starts on, so that problems can point at it; for a file's top
 * object, also the line of each of its fields and of each element of its arrays, so that a problem
 * in the third demo user points at that user, and a wrong setting at its own line, rather than at
 * the top of the file.
 */
record Located(
        Path file, long line, JsonValue value, Map<String, Long> fieldLines, Map<String, List<Long>> elementLines) {

    Located(Path file, long line, JsonValue value) {
        this(file, line, value, Map.of(), Map.of());
    }

    static Located object(Path file, String text) {
        List<Located> top = parse(file, text, JsonParser.Event.START_OBJECT);
        return top.get(0);
    }

    static List<Located> array(Path file, String text) {
        return text.isEmpty() ? List.of() : parse(file, text, JsonParser.Event.START_ARRAY);
    }

    /** Parses the file; for an array, returns each element with the line it starts on. */
    private static List<Located> parse(Path file, String text, JsonParser.Event expected) {
        List<Located> found = new ArrayList<>();
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (!parser.hasNext() || parser.next() != expected) {
                throw new MalformedBundle(
                        file,
                        parser.getLocation().getLineNumber(),
                        "expected a JSON "
                                + (expected == JsonParser.Event.START_ARRAY ? "array [ … ]" : "object { … }"));
            }
            if (expected == JsonParser.Event.START_OBJECT) {
                found.add(objectWithLines(file, parser.getLocation().getLineNumber(), parser));
            } else {
                while (parser.hasNext()) {
                    JsonParser.Event event = parser.next();
                    if (event == JsonParser.Event.END_ARRAY) {
                        break;
                    }
                    long line = parser.getLocation().getLineNumber();
                    if (event != JsonParser.Event.START_OBJECT) {
                        throw new MalformedBundle(file, line, "expected an object { … } in the array");
                    }
                    found.add(new Located(file, line, parser.getObject()));
                }
            }
            if (parser.hasNext()) {
                throw new MalformedBundle(file, parser.getLocation().getLineNumber(), "unexpected text after the end");
            }
        } catch (JsonParsingException e) {
            throw new MalformedBundle(file, e.getLocation().getLineNumber(), "not valid JSON: " + e.getMessage());
        }
        return found;
    }

    /** Reads the object the parser has just opened, noting where each element of its arrays starts. */
    private static Located objectWithLines(Path file, long line, JsonParser parser) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        Map<String, Long> fieldLines = new HashMap<>();
        Map<String, List<Long>> lines = new HashMap<>();
        while (parser.next() == JsonParser.Event.KEY_NAME) {
            String field = parser.getString();
            fieldLines.put(field, parser.getLocation().getLineNumber());
            if (parser.next() == JsonParser.Event.START_ARRAY) {
                JsonArrayBuilder array = Json.createArrayBuilder();
                List<Long> elementLines = new ArrayList<>();
                while (parser.next() != JsonParser.Event.END_ARRAY) {
                    elementLines.add(parser.getLocation().getLineNumber());
                    array.add(parser.getValue());
                }
                object.add(field, array);
                lines.put(field, elementLines);
            } else {
                object.add(field, parser.getValue());
            }
        }
        return new Located(file, line, object.build(), fieldLines, lines);
    }

    MalformedBundle problem(String problem) {
        return new MalformedBundle(file, line, problem);
    }

    /** A problem with one field, at the field's own line when it is known. */
    MalformedBundle problemAt(String field, String problem) {
        return new MalformedBundle(file, fieldLines.getOrDefault(field, line), problem);
    }

    /**
     * A whole number from {@code min} to {@code max}, or empty when the field is absent or null.
     * Anything else (a string, a fraction, a number out of range) is the bundle's fault, at the
     * field's line.
     */
    OptionalInt wholeNumber(String field, int min, int max) {
        JsonValue v = value.asJsonObject().get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return OptionalInt.empty();
        }
        String wanted = "\"" + field + "\" must be a whole number from " + min + " to " + max + ", not " + v;
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
            throw problemAt(field, wanted);
        }
        BigDecimal number = n.bigDecimalValue();
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw problemAt(field, wanted);
        }
        return OptionalInt.of(number.intValueExact());
    }

    String text(String field, boolean required) {
        JsonValue v = value.asJsonObject().get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw problem("\"" + field + "\" is missing");
            }
            return null;
        }
        if (!(v instanceof JsonString s) || s.getString().isBlank()) {
            throw problem("\"" + field + "\" must be a non-empty string");
        }
        return s.getString().strip();
    }

    List<String> texts(String field) {
        JsonValue v = value.asJsonObject().get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(v instanceof JsonArray array)) {
            throw problem("\"" + field + "\" must be an array of strings");
        }
        List<String> texts = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString s) || s.getString().isBlank()) {
                throw problem("\"" + field + "\" must hold only non-empty strings");
            }
            texts.add(s.getString().strip());
        }
        return texts;
    }

    List<Located> children(String field) {
        JsonValue v = value.asJsonObject().get(field);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof JsonArray array)) {
            throw problem("\"" + field + "\" must be an array of objects");
        }
        List<Long> lines = elementLines.getOrDefault(field, List.of());
        List<Located> children = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            long at = i < lines.size() ? lines.get(i) : line;
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw new MalformedBundle(file, at, "\"" + field + "\" must hold only objects");
            }
            children.add(new Located(file, at, array.get(i)));
        }
        return children;
    }
}
