package vn.dondoc.web.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the database holds after a burst that lived through a kill, read with plain SQL on the
 * test's own server: each acknowledged submission present exactly once (one report, submitted,
 * with one SUBMITTED step carrying its key, its one file whose stored bytes hash to what was
 * sent), no submission twice, and nothing half-written anywhere in the database.
 */
final class DurabilityLedger {

    /**
     * @param present acknowledged submissions found whole, exactly once
     * @param missing acknowledged submissions not found (or not whole): a lost acknowledgement
     * @param duplicates obligations with more than one report, SUBMITTED step or copy of the file
     * @param halfWritten rows that break the report's invariants, whatever their obligation
     */
    record Check(int present, List<String> missing, List<String> duplicates, List<String> halfWritten) {}

    private final String url;

    DurabilityLedger(String url) {
        this.url = url;
    }

    Check check(List<DeadlineBurst.Outcome> outcomes) throws SQLException {
        String ids = outcomes.stream()
                .map(o -> Long.toString(o.submission().obligation()))
                .collect(Collectors.joining(","));
        try (Connection c = DriverManager.getConnection(url, "root", "")) {
            Map<Long, Map<String, String>> facts = new HashMap<>();
            facts(c, facts, "SELECT id, status AS obligation_status FROM obligation WHERE id IN (" + ids + ")");
            facts(
                    c,
                    facts,
                    "SELECT obligation_id, COUNT(*) AS reports, MAX(status) AS report_status FROM report"
                            + " WHERE obligation_id IN (" + ids + ") GROUP BY obligation_id");
            facts(
                    c,
                    facts,
                    "SELECT obligation_id, SUM(action = 'SUBMITTED') AS submitted_steps,"
                            + " SUM(action = 'DRAFTED') AS drafted_steps,"
                            + " GROUP_CONCAT(idempotency_key) AS step_keys FROM report_step"
                            + " WHERE obligation_id IN (" + ids + ") GROUP BY obligation_id");
            facts(
                    c,
                    facts,
                    "SELECT r.obligation_id, COUNT(*) AS files, MIN(a.sha256) AS file_sha,"
                            + " MIN(SHA2(b.content, 256)) AS stored_sha FROM report_attachment a"
                            + " JOIN attachment_content b ON b.id = a.content_id JOIN report r ON r.id = a.report_id"
                            + " WHERE r.obligation_id IN (" + ids + ") GROUP BY r.obligation_id");
            facts(
                    c,
                    facts,
                    "SELECT r.obligation_id, COUNT(e.id) AS entries FROM report r"
                            + " JOIN report_entry e ON e.report_id = r.id WHERE r.obligation_id IN (" + ids + ")"
                            + " GROUP BY r.obligation_id");
            int present = 0;
            List<String> missing = new ArrayList<>();
            List<String> duplicates = new ArrayList<>();
            for (DeadlineBurst.Outcome outcome : outcomes) {
                DeadlineBurst.Submission s = outcome.submission();
                Map<String, String> f = facts.getOrDefault(s.obligation(), Map.of());
                if (count(f, "reports") > 1 || count(f, "submitted_steps") > 1 || count(f, "files") > 1) {
                    duplicates.add(s.agency() + " " + s.obligation() + ": " + f);
                }
                if (!outcome.acknowledged()) {
                    continue;
                }
                boolean whole = count(f, "reports") == 1
                        && "SUBMITTED".equals(f.get("report_status"))
                        && "SUBMITTED".equals(f.get("obligation_status"))
                        && count(f, "submitted_steps") == 1
                        && s.key().equals(f.get("step_keys"))
                        && count(f, "files") == 1
                        && s.sha256().equals(f.get("file_sha"))
                        && s.sha256().equals(f.get("stored_sha"))
                        && count(f, "entries") == outcome.entries();
                if (whole) {
                    present++;
                } else {
                    missing.add(s.agency() + " " + s.obligation() + " key " + s.key() + ": " + f);
                }
            }
            return new Check(present, missing, duplicates, halfWritten(c));
        }
    }

    /** Rows that a transaction cut in half would leave; none may exist, whoever wrote them. */
    private static List<String> halfWritten(Connection c) throws SQLException {
        List<String> found = new ArrayList<>();
        found.addAll(rows(
                c,
                "report without its DRAFTED step",
                "SELECT r.id FROM report r WHERE NOT EXISTS (SELECT 1 FROM report_step s WHERE s.tenant_id ="
                        + " r.tenant_id AND s.obligation_id = r.obligation_id AND s.report_number = r.number"
                        + " AND s.action = 'DRAFTED')"));
        found.addAll(rows(
                c,
                "submitted report without its SUBMITTED step",
                "SELECT r.id FROM report r WHERE r.status = 'SUBMITTED' AND NOT EXISTS (SELECT 1 FROM report_step s"
                        + " WHERE s.tenant_id = r.tenant_id AND s.obligation_id = r.obligation_id"
                        + " AND s.report_number = r.number AND s.action = 'SUBMITTED')"));
        found.addAll(rows(
                c,
                "SUBMITTED step of a report that is not submitted",
                "SELECT s.id FROM report_step s JOIN report r ON r.tenant_id = s.tenant_id"
                        + " AND r.obligation_id = s.obligation_id AND r.number = s.report_number"
                        + " WHERE s.action = 'SUBMITTED' AND r.status = 'DRAFT'"));
        found.addAll(rows(
                c,
                "obligation whose status is not its latest report's",
                "SELECT o.id FROM obligation o JOIN report r ON r.obligation_id = o.id AND r.number ="
                        + " (SELECT MAX(x.number) FROM report x WHERE x.obligation_id = o.id)"
                        + " WHERE o.status <> r.status"));
        found.addAll(rows(
                c,
                "report entry without its figure",
                "SELECT e.id FROM report_entry e WHERE NOT EXISTS (SELECT 1 FROM report_figure f"
                        + " WHERE f.entry_id = e.id)"));
        found.addAll(rows(
                c,
                "attachment whose stored bytes are not the file it names",
                "SELECT a.id FROM report_attachment a JOIN attachment_content b ON b.id = a.content_id"
                        + " WHERE b.sha256 <> a.sha256 OR SHA2(b.content, 256) <> a.sha256"
                        + " OR LENGTH(b.content) <> a.size_bytes"));
        found.addAll(rows(
                c,
                "stored bytes that no attachment names",
                "SELECT b.id FROM attachment_content b WHERE NOT EXISTS (SELECT 1 FROM report_attachment a"
                        + " WHERE a.content_id = b.id) AND NOT EXISTS (SELECT 1 FROM explanation_attachment x"
                        + " WHERE x.content_id = b.id)"));
        return found;
    }

    private static List<String> rows(Connection c, String what, String sql) throws SQLException {
        List<String> found = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(sql);
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                found.add(what + ": id " + row.getLong(1));
            }
        }
        return found;
    }

    private static void facts(Connection c, Map<Long, Map<String, String>> facts, String sql) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql);
                ResultSet row = select.executeQuery()) {
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                Map<String, String> f = facts.computeIfAbsent(row.getLong(1), id -> new HashMap<>());
                for (int i = 2; i <= columns; i++) {
                    f.put(row.getMetaData().getColumnLabel(i), row.getString(i));
                }
            }
        }
    }

    private static int count(Map<String, String> facts, String name) {
        String value = facts.get(name);
        return value == null ? 0 : Integer.parseInt(value);
    }
}
