package vn.dondoc.benchmarks.province;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.dondoc.scorecards.boundary.ScorecardLine;
import vn.dondoc.scorecards.boundary.ScorecardTables;
import vn.dondoc.scorecards.boundary.ScorecardView;
import vn.dondoc.scorecards.boundary.ScorecardView.AgencyScore;
import vn.dondoc.scorecards.boundary.ScorecardView.MissedTarget;
import vn.dondoc.scorecards.boundary.ScorecardView.Rates;
import vn.dondoc.scorecards.boundary.ScorecardView.Reports;
import vn.dondoc.scorecards.boundary.ScorecardView.TargetTrack;
import vn.dondoc.scorecards.boundary.ScorecardView.Tasks;
import vn.dondoc.scorecards.control.RulesInForce;
import vn.dondoc.scorecards.control.ScorecardPdf;

/**
 * The PDF's floor: the product's own {@code ScorecardPdf.write} on a {@code Content} built once,
 * in this JVM, from the numbers the endpoint served (the JSON of {@code GET /scorecard} and every
 * page of its open overdue lines) through the product's own {@code ScorecardTables}, exactly as
 * {@code ScorecardFiles.pdf} builds it from the view it reads. Timing {@link #write()} is OpenPDF
 * laying out the same tables with no data access, no transaction, no HTTP.
 */
final class PdfFloor {

    private final ScorecardPdf.Content content;

    private PdfFloor(ScorecardPdf.Content content) {
        this.content = content;
    }

    /**
     * @param view the JSON of {@code GET /scorecard} for the day
     * @param overdue the items of every page of {@code GET /scorecard/lines?count=openOverdue}
     */
    static PdfFloor of(Connection c, String tenant, JsonObject view, List<JsonObject> overdue) throws SQLException {
        String issuingBody = null;
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        try (PreparedStatement s = c.prepareStatement("SELECT issuing_body, time_zone FROM tenant WHERE id = ?")) {
            s.setString(1, tenant);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    issuingBody = r.getString(1);
                    zone = ZoneId.of(r.getString(2));
                }
            }
        }
        List<AgencyScore> agencies = new ArrayList<>();
        for (JsonValue a : view.getJsonArray("agencies")) {
            agencies.add(agency(a.asJsonObject()));
        }
        AgencyScore totals = view.isNull("totals") ? null : agency(view.getJsonObject("totals"));
        JsonObject r = view.getJsonObject("rules");
        RulesInForce rules = new RulesInForce(
                r.getInt("weightCompletedOfDue"),
                r.getInt("weightOnTimeOfDue"),
                r.getInt("weightReportingRate"),
                r.getInt("weightTimeliness"),
                decimal(r, "bandExcellent"),
                decimal(r, "bandGood"),
                decimal(r, "bandPass"),
                r.getBoolean("excludeMissedTargets", false),
                string(r, "validFrom") == null ? null : Instant.parse(string(r, "validFrom")),
                string(r, "setBy"),
                string(r, "formula"));
        ScorecardView scorecard = new ScorecardView(
                LocalDate.parse(view.getString("asOf")),
                Instant.parse(view.getString("takenAt")),
                null,
                null,
                agencies,
                totals,
                List.of(),
                List.of(),
                List.of(),
                rules);
        List<ScorecardLine> lines = new ArrayList<>();
        for (JsonObject l : overdue) {
            lines.add(new ScorecardLine(
                    string(l, "kind"),
                    null,
                    null,
                    l.getJsonNumber("documentId").longValue(),
                    string(l, "documentNumber"),
                    string(l, "agencyCode"),
                    string(l, "agencyName"),
                    string(l, "subject"),
                    string(l, "text"),
                    date(l, "dueOn"),
                    date(l, "originalDueOn"),
                    date(l, "doneOn"),
                    string(l, "status"),
                    string(l, "statusName"),
                    l.getJsonNumber("daysOverdue").longValue(),
                    string(l, "aging"),
                    string(l, "link")));
        }
        return new PdfFloor(new ScorecardPdf.Content(
                issuingBody,
                null,
                scorecard.asOf(),
                scorecard.takenAt(),
                zone,
                ScorecardTables.agencies(scorecard),
                ScorecardTables.overdue(lines),
                ScorecardTables.onTimeBars(scorecard),
                rules,
                ScorecardTables.targets(scorecard),
                ScorecardTables.missedTargets(scorecard)));
    }

    /** An agency's targets track as the JSON gives it (the PDF's targets pages), or none. */
    private static TargetTrack targets(JsonObject a) {
        if (!a.containsKey("targets") || a.isNull("targets")) {
            return null;
        }
        JsonObject t = a.getJsonObject("targets");
        List<MissedTarget> missed = new ArrayList<>();
        if (t.containsKey("missedTargets") && !t.isNull("missedTargets")) {
            for (JsonValue v : t.getJsonArray("missedTargets")) {
                JsonObject m = v.asJsonObject();
                missed.add(new MissedTarget(
                        m.getJsonNumber("targetId").longValue(),
                        string(m, "agencyCode"),
                        string(m, "agencyName"),
                        string(m, "name"),
                        string(m, "unit"),
                        string(m, "periodLabel"),
                        string(m, "target"),
                        decimal(m, "value"),
                        decimal(m, "result"),
                        string(m, "resultShown")));
            }
        }
        return new TargetTrack(
                t.getInt("year"),
                t.getJsonNumber("due").longValue(),
                t.getJsonNumber("met").longValue(),
                t.getJsonNumber("exceeded").longValue(),
                t.getJsonNumber("missed").longValue(),
                t.getJsonNumber("noResult").longValue(),
                t.getBoolean("excludedFromEmulation", false),
                t.getJsonNumber("agenciesExcluded").longValue(),
                missed);
    }

    /** Agency lines and overdue lines the content holds. */
    int agencyLines() {
        return content.agencies().rows().size();
    }

    int overdueLines() {
        return content.overdue().rows().size();
    }

    byte[] write() {
        return ScorecardPdf.write(content);
    }

    /** The pages of a PDF OpenPDF wrote (its page objects are not compressed into object streams). */
    static int pages(byte[] pdf) {
        String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        int pages = 0;
        for (int i = text.indexOf("/Type/Page"); i >= 0; i = text.indexOf("/Type/Page", i + 1)) {
            char next = i + 10 < text.length() ? text.charAt(i + 10) : ' ';
            if (next != 's') {
                pages++;
            }
        }
        return pages;
    }

    private static AgencyScore agency(JsonObject a) {
        JsonObject t = a.getJsonObject("tasks");
        JsonObject r = a.getJsonObject("rates");
        JsonObject p = a.getJsonObject("reports");
        return new AgencyScore(
                string(a, "agencyCode"),
                string(a, "name"),
                new Tasks(
                        t.getJsonNumber("assigned").longValue(),
                        t.getJsonNumber("due").longValue(),
                        t.getJsonNumber("completedOnTime").longValue(),
                        t.getJsonNumber("completedLate").longValue(),
                        t.getJsonNumber("openWithinDeadline").longValue(),
                        t.getJsonNumber("openOverdue").longValue()),
                new Rates(
                        decimal(r, "completedOfDue"),
                        decimal(r, "onTimeOfDue"),
                        decimal(r, "overdueOfDue"),
                        decimal(r, "completedOfAssigned"),
                        decimal(r, "onTimeOfAssigned"),
                        decimal(r, "overdueOfAssigned")),
                new Reports(
                        p.getJsonNumber("expected").longValue(),
                        p.getJsonNumber("received").longValue(),
                        p.getJsonNumber("receivedOnTime").longValue(),
                        decimal(p, "reportingRate"),
                        decimal(p, "timeliness")),
                List.of(),
                null,
                null,
                targets(a),
                decimal(a, "score"),
                string(a, "grade"),
                string(a, "gradeName"),
                string(a, "drillDown"));
    }

    private static String string(JsonObject o, String name) {
        return o.containsKey(name) && !o.isNull(name) ? o.getString(name) : null;
    }

    private static BigDecimal decimal(JsonObject o, String name) {
        return o.containsKey(name) && !o.isNull(name) ? o.getJsonNumber(name).bigDecimalValue() : null;
    }

    private static LocalDate date(JsonObject o, String name) {
        String s = string(o, name);
        return s == null ? null : LocalDate.parse(s);
    }
}
