package vn.dondoc.web.scorecards;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import vn.dondoc.scorecards.boundary.Scorecards;
import vn.dondoc.scorecards.boundary.ScoringRulesInput;
import vn.dondoc.scorecards.control.RulesInForce;

@Path("settings/scoring")
@Produces(MediaType.APPLICATION_JSON)
public class ScoringRulesResource {

    @Inject
    Scorecards scorecards;

    @GET
    @Operation(
            summary = "Cách chấm điểm / The scoring rules",
            description = "The weights of the four rates in the score, the lowest score of each grade, since when and "
                    + "by whom, and the formula (LEADER, SECRETARIAT, ADMIN).")
    public RulesInForce get() {
        return scorecards.rules();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(implementation = ScoringRulesInput.class)))
    @Operation(
            summary = "Đặt cách chấm điểm (ADMIN) / Set the scoring rules (ADMIN)",
            description = "Any of {weightCompletedOfDue, weightOnTimeOfDue, weightReportingRate, weightTimeliness} "
                    + "(whole numbers 0–100, not all 0) and {bandExcellent, bandGood, bandPass} (0–100, two decimals, "
                    + "pass < good < excellent) and excludeMissedTargets (true: an agency that missed a target is "
                    + "excluded from the year's emulation; false by default); what is left out stays. In force from now: earlier days keep the "
                    + "rules of their day.")
    public RulesInForce put(JsonValue body) {
        return scorecards.setRules(ScoringRulesBody.read(body));
    }
}
