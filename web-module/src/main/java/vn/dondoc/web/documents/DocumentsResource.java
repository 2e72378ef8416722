package vn.dondoc.web.documents;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dondoc.documents.boundary.Documents;
import vn.dondoc.documents.boundary.PlanSource;
import vn.dondoc.documents.boundary.Views.DocumentView;
import vn.dondoc.documents.boundary.Views.ImportOutcome;
import vn.dondoc.documents.boundary.Views.ItemView;
import vn.dondoc.items.entity.ResponsibilityRole;
import vn.dondoc.items.entity.Schedule;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.boundary.TooLarge;
import vn.dondoc.web.platform.Paging;

@Path("documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    Documents documents;

    @Inject
    @ConfigProperty(name = "dondoc.import.max-bytes", defaultValue = "10485760")
    long maxBytes;

    @POST
    @Path("import")
    @Consumes({MediaType.TEXT_PLAIN, DOCX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary = "Nhập kế hoạch từ văn bản (SECRETARIAT) / Import a plan from its text (SECRETARIAT)",
            description = "Body: the plan as text/plain; charset=UTF-8, or a .docx. 201 with the Document and its item "
                    + "tree; 200 when the number was already registered (updated in place, items the secretariat "
                    + "edited kept); ?dryRun=true answers 200 with the preview and stores nothing; 422 when no plan "
                    + "can be read; 413 over dondoc.import.max-bytes.")
    public Response importPlan(
            InputStream body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long declaredLength,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Context UriInfo uri) {
        if (declaredLength != null && declaredLength > maxBytes) {
            // Refused before reading: a client that sent "Expect: 100-continue" never uploads it.
            throw tooLarge();
        }
        byte[] content = read(body);
        PlanSource source = new PlanSource(formatOf(contentType, content), content);
        if (dryRun) {
            return Response.ok(documents.preview(source)).build();
        }
        ImportOutcome outcome = documents.importPlan(source);
        DocumentView document = outcome.document();
        if (!outcome.created()) {
            return Response.ok(document)
                    .header("X-Preserved-Items", String.join(",", outcome.preservedItems()))
                    .build();
        }
        return Response.created(uri.getBaseUriBuilder()
                        .path("documents")
                        .path(String.valueOf(document.id()))
                        .build())
                .entity(document)
                .build();
    }

    @GET
    @Operation(
            summary = "Danh sách văn bản / Documents",
            description = "Newest first, each the Document shape without its item tree (references and unresolved "
                    + "names included); X-Total-Count and Link headers page it.")
    public Response all(
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size,
            @Context UriInfo uri) {
        Paging.check(page, size);
        return Paging.ok(documents.all(page, size), uri);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Một văn bản với cây nội dung / One document with its item tree")
    public DocumentView one(@PathParam("id") String id) {
        return documents.one(idOf(id));
    }

    /** A correction of an item: its text and/or its time frame. */
    public static class ItemEdit {
        public String text;
        public ScheduleEdit schedule;
    }

    public static class ScheduleEdit {
        @NotNull
        public Schedule.Kind kind;

        public java.time.LocalDate deadline;
        public String text;
    }

    @PATCH
    @Path("{id}/items/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Sửa nội dung (SECRETARIAT) / Edit an item (SECRETARIAT)",
            description = "Changes text and/or schedule; the item is marked edited and a re-import keeps the edit.")
    public ItemView edit(
            @PathParam("id") String id, @PathParam("itemId") String itemId, @NotNull @Valid ItemEdit edit) {
        Schedule schedule = null;
        if (edit.schedule != null) {
            try {
                schedule = new Schedule(edit.schedule.kind, edit.schedule.deadline, edit.schedule.text);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("Hạn DEADLINE cần ngày / A DEADLINE schedule needs a deadline");
            }
        }
        return documents.editItem(idOf(id), idOf(itemId), edit.text, schedule);
    }

    /** A new assignment of an item to an agency. */
    public static class NewAssignment {
        @NotNull
        public String agencyCode;

        @NotNull
        public ResponsibilityRole role;
    }

    @POST
    @Path("{id}/items/{itemId}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Giao thêm cơ quan (SECRETARIAT) / Assign an agency (SECRETARIAT)",
            description = "{agencyCode, role: LEAD|COORDINATOR}; the item is marked edited. 409 if already assigned.")
    public ItemView assign(
            @PathParam("id") String id, @PathParam("itemId") String itemId, @NotNull @Valid NewAssignment assignment) {
        return documents.addAssignment(idOf(id), idOf(itemId), assignment.agencyCode.strip(), assignment.role);
    }

    @DELETE
    @Path("{id}/items/{itemId}/assignments/{assignmentId}")
    @Operation(summary = "Bỏ phân công (SECRETARIAT) / Remove an assignment (SECRETARIAT)")
    public ItemView unassign(
            @PathParam("id") String id,
            @PathParam("itemId") String itemId,
            @PathParam("assignmentId") String assignmentId) {
        return documents.removeAssignment(idOf(id), idOf(itemId), idOf(assignmentId));
    }

    private byte[] read(InputStream body) {
        try {
            byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (content.length > maxBytes) {
                throw tooLarge();
            }
            if (content.length == 0) {
                throw new InvalidInput("Nội dung trống / The body is empty");
            }
            return content;
        } catch (IOException e) {
            throw new InvalidInput("Không đọc được nội dung gửi lên / The upload could not be read");
        }
    }

    private TooLarge tooLarge() {
        return new TooLarge("Tệp vượt quá " + maxBytes / (1024 * 1024) + " MB / The upload exceeds "
                + maxBytes / (1024 * 1024) + " MB");
    }

    private static PlanSource.Format formatOf(String contentType, byte[] content) {
        boolean zip =
                content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        if (contentType != null && contentType.startsWith(DOCX)) {
            return PlanSource.Format.DOCX;
        }
        if (contentType != null && contentType.startsWith(MediaType.TEXT_PLAIN)) {
            return PlanSource.Format.TEXT;
        }
        return zip ? PlanSource.Format.DOCX : PlanSource.Format.TEXT;
    }

    static long idOf(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFound("Không có văn bản '" + id + "' / No document '" + id + "'");
        }
    }
}
