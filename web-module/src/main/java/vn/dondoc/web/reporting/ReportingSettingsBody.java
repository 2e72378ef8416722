package vn.dondoc.web.reporting;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.reporting.boundary.ReportingSettingsEdit;

/**
 * Reads a settings body by hand, as a Report body is read (D-023), so that a value of the wrong kind
 * ({@code "abc"}, {@code true}) is refused naming {@code sendingWorkingDays} rather than as an
 * unreadable body. Whether the number is a whole one in range is for Bean Validation on the boundary.
 */
final class ReportingSettingsBody {

    private ReportingSettingsBody() {}

    /**
     * @param body the request's JSON, taken as any value: a JSON-P object parameter given an array
     *     fails inside JAX-RS with a 500 (measured); {@code null} is read as {@code {}}
     */
    static ReportingSettingsEdit read(JsonValue body) {
        if (body != null && !(body instanceof JsonObject)) {
            throw new InvalidInput(
                    "Nội dung phải là một đối tượng JSON {\"sendingWorkingDays\": …} / The body must be a "
                            + "JSON object {\"sendingWorkingDays\": …}");
        }
        ReportingSettingsEdit edit = new ReportingSettingsEdit();
        JsonValue days = body == null ? null : body.asJsonObject().get("sendingWorkingDays");
        if (days instanceof JsonNumber number) {
            edit.sendingWorkingDays = number.bigDecimalValue();
        } else if (days != null && days != JsonValue.NULL) {
            throw new InvalidInput("sendingWorkingDays: " + ReportingSettingsEdit.WHOLE_DAYS);
        }
        return edit;
    }
}
