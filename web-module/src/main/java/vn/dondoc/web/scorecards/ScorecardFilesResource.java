package vn.dondoc.web.scorecards;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.scorecards.boundary.ScorecardFile;
import vn.dondoc.scorecards.boundary.ScorecardFiles;
import vn.dondoc.web.platform.Downloads;

/**
 * The scorecard as a file: {@code scorecard.pdf}, {@code scorecard.csv}, {@code scorecard.xlsx}, with
 * the query of {@code /scorecard}; who sees what is {@link ScorecardFiles}'s.
 */
@Path("scorecard.{format: pdf|csv|xlsx}")
public class ScorecardFilesResource {

    @Inject
    ScorecardFiles files;

    @GET
    @Produces({ScorecardFiles.PDF, ScorecardFiles.CSV, ScorecardFiles.XLSX})
    @Operation(
            summary = "Bảng đánh giá dạng PDF, CSV, XLSX / The scorecard as a PDF, CSV or XLSX file",
            description = "Query as GET /scorecard: asOf=YYYY-MM-DD (today by default), document=<id>. "
                    + "PDF: A4, letterhead, the per-agency table, the open overdue tasks, the on-time chart, the "
                    + "targets track, the scoring rules. CSV (UTF-8 with BOM): one table, table=agencies|groups|documents|overdue|targets|missed-targets "
                    + "(agencies by default, with the totals). XLSX: one sheet per table. An agency's users get "
                    + "their own agency's line. 400 for a bad or future asOf or an unknown table, 404 for a "
                    + "document the tenant does not have.")
    public Response file(
            @PathParam("format") String format,
            @QueryParam("asOf") String asOf,
            @QueryParam("document") String document,
            @QueryParam("table") String table) {
        LocalDate day = day(asOf);
        Long documentId = document(document);
        ScorecardFile file = switch (format) {
            case "pdf" -> files.pdf(day, documentId);
            case "csv" -> files.csv(day, documentId, table);
            default -> files.xlsx(day, documentId);
        };
        return Downloads.made(file.content(), file.contentType(), file.fileName());
    }

    private static LocalDate day(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("asOf: cần dạng YYYY-MM-DD / YYYY-MM-DD is required ('" + asOf + "')");
        }
    }

    private static Long document(String document) {
        if (document == null || document.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(document.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("document: cần mã số văn bản / a document id is required ('" + document + "')");
        }
    }
}
