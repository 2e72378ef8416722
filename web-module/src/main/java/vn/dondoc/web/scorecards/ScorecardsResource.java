package vn.dondoc.web.scorecards;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dondoc.scorecards.boundary.ScorecardView;
import vn.dondoc.scorecards.boundary.Scorecards;
import vn.dondoc.web.platform.Paging;
import vn.dondoc.web.platform.QueryDate;

/** The compliance scorecard as of a day, and the tasks and reports behind each of its counts. */
@Path("scorecard")
@Produces(MediaType.APPLICATION_JSON)
public class ScorecardsResource {

    @Inject
    Scorecards scorecards;

    @GET
    @Operation(
            summary = "Bảng đánh giá mức độ hoàn thành nhiệm vụ / The compliance scorecard",
            description = "As of ?asOf=YYYY-MM-DD (today when absent; a later day is 400), for ?document= or all: "
                    + "what was known at that day's end, the same whenever asked. A line per agency, per group and per "
                    + "document, the totals, the trend over the last four half-years and the scoring rules. LEADER, "
                    + "SECRETARIAT and ADMIN read every agency; an agency's officer or head its own line only.")
    public ScorecardView scorecard(@QueryParam("asOf") String asOf, @QueryParam("document") Long document) {
        return scorecards.scorecard(QueryDate.of("asOf", asOf), document);
    }

    @GET
    @Path("lines")
    @Operation(
            summary = "Chi tiết một số liệu của bảng đánh giá / The tasks and reports behind a count",
            description = "?count= names a count of a line (assigned, due, completedOnTime, completedLate, "
                    + "openWithinDeadline, openOverdue, overdueUpTo30, overdue31To90, overdue91To120, overdueOver120, "
                    + "reportsExpected, reportsReceived, reportsReceivedOnTime, reportsMissing); ?asOf=, ?document=, "
                    + "?agency= or ?group= as the line's drillDown gives them; ?period= (\"2024-H1\") one reporting "
                    + "period's reports, as an agency's periods[] count them. The earliest deadline first; the total "
                    + "(X-Total-Count) is the count. X-Total-Count and Link headers page it.")
    public Response lines(
            @QueryParam("asOf") String asOf,
            @QueryParam("document") Long document,
            @QueryParam("agency") String agency,
            @QueryParam("group") String group,
            @QueryParam("period") String period,
            @QueryParam("count") String count,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size,
            @Context UriInfo uri) {
        Paging.check(page, size);
        return Paging.ok(
                scorecards.lines(QueryDate.of("asOf", asOf), document, agency, group, period, count, page, size), uri);
    }
}
