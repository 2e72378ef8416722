package vn.dondoc.web.reporting;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import vn.dondoc.reporting.boundary.AttachmentView;
import vn.dondoc.reporting.boundary.Download;
import vn.dondoc.reporting.boundary.ReportInput;
import vn.dondoc.reporting.boundary.ReportView;
import vn.dondoc.reporting.boundary.Reports;
import vn.dondoc.reporting.boundary.ReturnRequest;
import vn.dondoc.reporting.boundary.StepView;
import vn.dondoc.web.platform.Downloads;

/** One obligation's report, its files and its review; the rules are {@link Reports}'. */
@Path("obligations/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    private static final String IF_MATCH = "If-Match";

    @Inject
    Reports reports;

    @PathParam("id")
    long obligation;

    @GET
    @Path("report")
    @Operation(
            summary = "Báo cáo / The report",
            description = "The latest version, with its ETag; before one is begun, the blank form (status PENDING, "
                    + "number 0) with an entry for each item the agency holds.")
    public Response current() {
        return withTag(reports.current(obligation));
    }

    @GET
    @Path("report/versions/{number}")
    @Operation(
            summary = "Một bản của báo cáo / One version of the report",
            description = "1 is the report; 2 and on are corrections made after it was accepted.")
    public Response version(@PathParam("number") int number) {
        return withTag(reports.version(obligation, number));
    }

    @PUT
    @Path("report")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(implementation = ReportInput.class)))
    @Operation(
            summary = "Lưu bản nháp (AGENCY_OFFICER) / Save the draft (AGENCY_OFFICER)",
            description = "Body: Report. If-Match (optional): the ETag read; 409 when the report changed since. 400 "
                    + "names a value of the wrong kind, 422 a figure that cannot be (negative, a zero denominator) or "
                    + "an item not of the document; nothing is saved then. Odd figures are saved with a flag. After "
                    + "acceptance, a save begins the next version.")
    public Response save(JsonValue body, @HeaderParam(IF_MATCH) String ifMatch) {
        return withTag(reports.save(obligation, ReportBodies.read(body), ifMatch));
    }

    @POST
    @Path("report/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Đính kèm tệp (AGENCY_OFFICER) / Attach a file (AGENCY_OFFICER)",
            description = "Body: the file's bytes; ?name= its name. PDF, DOCX, XLSX, PNG or JPEG, read from the bytes "
                    + "(415 otherwise); 413 over dondoc.attachments.max-bytes (10 MB). 201 with the attachment.")
    public Response attach(
            InputStream body,
            @QueryParam("name") String name,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long declaredLength,
            @HeaderParam(IF_MATCH) String ifMatch,
            @Context UriInfo uri) {
        AttachmentView attachment = reports.attach(obligation, name, body, declaredLength, ifMatch);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(attachment.id()))
                        .build())
                .entity(attachment)
                .build();
    }

    @GET
    @Path("report/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    @Operation(
            summary = "Tải tệp đính kèm / Download an attachment",
            description = "Always as a download (Content-Disposition: attachment, X-Content-Type-Options: nosniff), "
                    + "never shown inline.")
    public Response download(@PathParam("attachment") long attachment) {
        Download file = reports.download(obligation, attachment);
        return Downloads.uploaded(file.content(), file.contentType(), file.fileName(), file.sha256());
    }

    @DELETE
    @Path("report/attachments/{attachment}")
    @Operation(summary = "Gỡ tệp khỏi bản nháp (AGENCY_OFFICER) / Remove a file from the draft (AGENCY_OFFICER)")
    public Response detach(@PathParam("attachment") long attachment, @HeaderParam(IF_MATCH) String ifMatch) {
        return withTag(reports.detach(obligation, attachment, ifMatch));
    }

    @POST
    @Path("report/submit")
    @Operation(
            summary = "Gửi báo cáo (AGENCY_OFFICER) / Submit the report (AGENCY_OFFICER)",
            description = "Idempotency-Key (recommended): a retry with the same key answers the first submit's step "
                    + "and changes nothing. 409 when there is nothing to submit or it is already submitted.")
    public StepView submit(@HeaderParam("Idempotency-Key") String key, @HeaderParam(IF_MATCH) String ifMatch) {
        return reports.submit(obligation, key, ifMatch);
    }

    @POST
    @Path("report/approve")
    @Operation(summary = "Thủ trưởng duyệt (AGENCY_HEAD) / The agency's head approves (AGENCY_HEAD)")
    public StepView approve(@HeaderParam(IF_MATCH) String ifMatch) {
        return reports.approve(obligation, ifMatch);
    }

    @POST
    @Path("report/accept")
    @Operation(summary = "Tiếp nhận (SECRETARIAT) / Accept (SECRETARIAT)")
    public StepView accept(@HeaderParam(IF_MATCH) String ifMatch) {
        return reports.accept(obligation, ifMatch);
    }

    @POST
    @Path("report/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Trả lại để sửa (SECRETARIAT, AGENCY_HEAD) / Return for revision",
            description = "Body {comment}. The secretariat returns an approved report, the agency's head a submitted "
                    + "one.")
    public StepView returnForRevision(ReturnRequest request, @HeaderParam(IF_MATCH) String ifMatch) {
        return reports.returnForRevision(obligation, request, ifMatch);
    }

    @GET
    @Path("history")
    @Operation(
            summary = "Diễn biến xử lý báo cáo / The report's history",
            description = "Every step, oldest first: action, the status it left, who, when, the comment.")
    public List<StepView> history() {
        return reports.history(obligation);
    }

    private static Response withTag(ReportView report) {
        return Response.ok(report).header(HttpHeaders.ETAG, report.etag()).build();
    }
}
