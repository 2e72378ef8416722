package vn.dondoc.web.documents;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dondoc.items.boundary.Items;

/** The secretariat maps a name the importer could not match to an agency or group. */
@Path("name-mappings")
public class NameMappingsResource {

    /** The body: the printed name and exactly one of agencyCode, groupCode. */
    public static class Mapping {
        @NotBlank
        @Size(max = 500)
        public String text;

        public String agencyCode;
        public String groupCode;
    }

    @Inject
    Items items;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Gán tên chưa khớp cho cơ quan/nhóm (SECRETARIAT) / Map an unresolved name (SECRETARIAT)",
            description = "Resolves every unresolved responsibility printed with this name, makes its assignments, and "
                    + "remembers the mapping for the next import. Answers {text, resolved}.")
    public JsonObject map(@NotNull @Valid Mapping mapping) {
        int resolved =
                items.mapName(mapping.text.strip(), blankToNull(mapping.agencyCode), blankToNull(mapping.groupCode));
        return Json.createObjectBuilder()
                .add("text", mapping.text.strip())
                .add("resolved", resolved)
                .build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
