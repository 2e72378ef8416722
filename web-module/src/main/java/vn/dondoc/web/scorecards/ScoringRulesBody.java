package vn.dondoc.web.scorecards;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Set;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.scorecards.boundary.ScoringRulesInput;

/**
 * Reads a scoring rules body by hand (D-023): a value of the wrong kind, or a name that is not a
 * rule, is refused naming it. Ranges are the rules' own to check.
 */
final class ScoringRulesBody {

    private static final Set<String> WEIGHTS =
            Set.of("weightCompletedOfDue", "weightOnTimeOfDue", "weightReportingRate", "weightTimeliness");
    private static final Set<String> BANDS = Set.of("bandExcellent", "bandGood", "bandPass");

    private ScoringRulesBody() {}

    static ScoringRulesInput read(JsonValue body) {
        if (!(body instanceof JsonObject object)) {
            throw new InvalidInput(
                    "Nội dung phải là một đối tượng JSON {\"bandExcellent\": …} / The body must be a JSON"
                            + " object {\"bandExcellent\": …}");
        }
        ScoringRulesInput input = new ScoringRulesInput();
        for (var field : object.entrySet()) {
            String name = field.getKey();
            JsonValue value = field.getValue();
            if (name.equals("excludeMissedTargets")) {
                if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                    input.excludeMissedTargets = value == JsonValue.TRUE;
                } else if (value != JsonValue.NULL) {
                    throw new InvalidInput(name + ": cần true hoặc false / true or false is required");
                }
                continue;
            }
            if (!WEIGHTS.contains(name) && !BANDS.contains(name)) {
                throw new InvalidInput(name + ": không phải một quy tắc chấm điểm / not a scoring rule");
            }
            if (value == JsonValue.NULL) {
                continue;
            }
            if (!(value instanceof JsonNumber number)) {
                throw new InvalidInput(name + ": không phải số / not a number");
            }
            if (WEIGHTS.contains(name)) {
                if (!number.isIntegral()) {
                    throw new InvalidInput(name + ": cần một số nguyên / a whole number is required");
                }
                int weight = number.bigDecimalValue()
                        .min(BigDecimal.valueOf(1000))
                        .max(BigDecimal.valueOf(-1))
                        .intValue();
                switch (name) {
                    case "weightCompletedOfDue" -> input.weightCompletedOfDue = weight;
                    case "weightOnTimeOfDue" -> input.weightOnTimeOfDue = weight;
                    case "weightReportingRate" -> input.weightReportingRate = weight;
                    default -> input.weightTimeliness = weight;
                }
            } else {
                switch (name) {
                    case "bandExcellent" -> input.bandExcellent = number.bigDecimalValue();
                    case "bandGood" -> input.bandGood = number.bigDecimalValue();
                    default -> input.bandPass = number.bigDecimalValue();
                }
            }
        }
        return input;
    }
}
