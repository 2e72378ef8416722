package vn.dondoc.web.explanations;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import vn.dondoc.explanations.boundary.AnswerInput;
import vn.dondoc.explanations.boundary.ExplanationRequestInput;
import vn.dondoc.explanations.boundary.ExplanationRequestView;
import vn.dondoc.explanations.boundary.ExplanationRequests;
import vn.dondoc.reporting.boundary.AttachmentView;
import vn.dondoc.reporting.boundary.Download;
import vn.dondoc.web.platform.Downloads;
import vn.dondoc.web.platform.Paging;

/** Requests for explanation (yêu cầu giải trình), their answers and files; the rules are {@link ExplanationRequests}'. */
@Path("explanation-requests")
@Produces(MediaType.APPLICATION_JSON)
public class ExplanationRequestsResource {

    @Inject
    ExplanationRequests requests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(implementation = ExplanationRequestInput.class)))
    @Operation(
            summary = "Yêu cầu giải trình (LEADER, SECRETARIAT) / Ask an agency to explain (LEADER, SECRETARIAT)",
            description = "Body {agencyCode, obligationId | itemId, question, answerBy}: exactly one of an obligation "
                    + "of that agency or an item it is assigned; answerBy (YYYY-MM-DD) today or later in the tenant's "
                    + "time zone. 400 for a field missing or of the wrong kind, 422 for an agency, obligation or item "
                    + "that does not fit, or a day past; the detail names the field. 201 with the request.")
    public Response ask(JsonValue body, @Context UriInfo uri) {
        ExplanationRequestView asked = requests.ask(ExplanationBodies.ask(body));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(asked.id()))
                        .build())
                .entity(asked)
                .build();
    }

    @GET
    @Operation(
            summary = "Các yêu cầu giải trình / Requests for explanation",
            description = "The latest asked first, filtered by ?agency= and ?status= (OPEN, ANSWERED), each optional; "
                    + "an agency officer or head sees only its own agency's. X-Total-Count and Link headers page it.")
    public Response list(
            @QueryParam("agency") String agency,
            @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size,
            @Context UriInfo uri) {
        Paging.check(page, size);
        return Paging.ok(requests.list(agency, status, page, size), uri);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Một yêu cầu giải trình / One request for explanation")
    public ExplanationRequestView one(@PathParam("id") long id) {
        return requests.one(id);
    }

    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(implementation = AnswerInput.class)))
    @Operation(
            summary = "Trả lời giải trình (AGENCY_OFFICER, AGENCY_HEAD của cơ quan) / Answer (the agency's officer or"
                    + " head)",
            description = "Body {text}. Once: 409 when already answered. After answerBy it is taken and marked "
                    + "answeredLate. Files attached before the answer go with it.")
    public ExplanationRequestView answer(@PathParam("id") long id, JsonValue body) {
        return requests.answer(id, ExplanationBodies.answer(body));
    }

    @POST
    @Path("{id}/answer/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Đính kèm tệp vào giải trình / Attach a file to the answer (AGENCY_OFFICER, AGENCY_HEAD)",
            description = "Body: the file's bytes; ?name= its name. Before the answer is sent (409 after). PDF, DOCX, "
                    + "XLSX, PNG or JPEG, read from the bytes (415 otherwise); 413 over dondoc.attachments.max-bytes.")
    public Response attach(
            @PathParam("id") long id,
            InputStream body,
            @QueryParam("name") String name,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long declaredLength,
            @Context UriInfo uri) {
        AttachmentView attachment = requests.attach(id, name, body, declaredLength);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(attachment.id()))
                        .build())
                .entity(attachment)
                .build();
    }

    @GET
    @Path("{id}/answer/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    @Operation(
            summary = "Tải tệp giải trình / Download a file of the answer",
            description = "Always as a download (Content-Disposition: attachment, X-Content-Type-Options: nosniff).")
    public Response download(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        Download file = requests.download(id, attachment);
        return Downloads.uploaded(file.content(), file.contentType(), file.fileName(), file.sha256());
    }

    @DELETE
    @Path("{id}/answer/attachments/{attachment}")
    @Operation(summary = "Gỡ tệp trước khi trả lời / Remove a file before answering (AGENCY_OFFICER, AGENCY_HEAD)")
    public ExplanationRequestView detach(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        return requests.detach(id, attachment);
    }
}
