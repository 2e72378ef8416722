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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dondoc.documents.boundary.DocumentOrder;
import vn.dondoc.documents.boundary.Documents;
import vn.dondoc.documents.boundary.PlanSource;
import vn.dondoc.documents.boundary.RegimeEdit;
import vn.dondoc.documents.boundary.Uploads;
import vn.dondoc.documents.boundary.Views.DocumentView;
import vn.dondoc.documents.boundary.Views.ImportOutcome;
import vn.dondoc.items.boundary.ItemEdit;
import vn.dondoc.items.boundary.ItemViews.ItemView;
import vn.dondoc.items.boundary.Items;
import vn.dondoc.items.entity.ResponsibilityRole;
import vn.dondoc.web.platform.Paging;

@Path("documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

    @Inject
    Documents documents;

    @Inject
    Items items;

    @Inject
    Uploads uploads;

    @POST
    @Path("import")
    // Any type reaches the method, so that the one place that decides the format (PlanSource)
    // also answers a wrong one with the formats it takes.
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Nhập kế hoạch từ văn bản (SECRETARIAT) / Import a plan from its text (SECRETARIAT)",
            description = "Body: the plan as text/plain; charset=UTF-8, or a .docx (" + PlanSource.DOCX_TYPE
                    + " or application/octet-stream). 201 with the Document and its item tree; 200 when the number "
                    + "was already registered (updated in place, items the secretariat edited kept); ?dryRun=true "
                    + "answers 200 with the preview and stores nothing; 415 for another content type; 422 when no "
                    + "plan can be read; 413 over dondoc.import.max-bytes.")
    public Response importPlan(
            InputStream body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long declaredLength,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Context UriInfo uri) {
        PlanSource source = uploads.read(body, contentType, declaredLength);
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
            description = "Newest first (or ?sort=issuedOn|number|title|type, a leading - for descending), each the "
                    + "Document shape without its item tree (references and unresolved names included); "
                    + "X-Total-Count and Link headers page it.")
    public Response all(
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size,
            @Context UriInfo uri) {
        Paging.check(page, size);
        if (sort == null || sort.isBlank()) {
            return Paging.ok(documents.all(page, size), uri);
        }
        return Paging.ok(documents.all(DocumentOrder.of(sort), sort.strip().startsWith("-"), page, size), uri);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Một văn bản với cây nội dung / One document with its item tree")
    public DocumentView one(@PathParam("id") long id) {
        return documents.one(id);
    }

    @PUT
    @Path("{id}/regime")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Đặt chế độ báo cáo (SECRETARIAT) / Set the reporting regime (SECRETARIAT)",
            description = "{agencyPlanDueOn|null, reportingFrequencies: [MONTHLY|QUARTERLY|SEMIANNUAL|ANNUAL], "
                    + "reportWorkingDays|null (1–60; null: the default)}. The obligations follow at once; a re-import "
                    + "of the text keeps this regime. Answers the Document.")
    public DocumentView regime(@PathParam("id") long id, @NotNull @Valid RegimeEdit regime) {
        return documents.setRegime(id, regime);
    }

    @PATCH
    @Path("{id}/items/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Sửa nội dung (SECRETARIAT) / Edit an item (SECRETARIAT)",
            description = "Changes text and/or schedule; the item is marked edited and a re-import keeps the edit.")
    public ItemView edit(@PathParam("id") long id, @PathParam("itemId") long itemId, @NotNull @Valid ItemEdit edit) {
        return items.edit(id, itemId, edit);
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
            @PathParam("id") long id, @PathParam("itemId") long itemId, @NotNull @Valid NewAssignment assignment) {
        return items.assign(id, itemId, assignment.agencyCode, assignment.role);
    }

    @DELETE
    @Path("{id}/items/{itemId}/assignments/{assignmentId}")
    @Operation(summary = "Bỏ phân công (SECRETARIAT) / Remove an assignment (SECRETARIAT)")
    public ItemView unassign(
            @PathParam("id") long id, @PathParam("itemId") long itemId, @PathParam("assignmentId") long assignmentId) {
        return items.unassign(id, itemId, assignmentId);
    }
}
