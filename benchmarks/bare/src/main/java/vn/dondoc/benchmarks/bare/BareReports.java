package vn.dondoc.benchmarks.bare;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response.Status;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The report workflow of the burst in plain JDBC: one local transaction per request, the same
 * rows as the product (report, its entries and figures, the attachment with its SHA-256, the
 * workflow step, the obligation's status, one audit record per change). No authentication, no
 * tenant binding, no validation beyond what the JSON binding does: the caller is the agency that
 * owns the obligation.
 */
@ApplicationScoped
public class BareReports {

    static final String DATA_SOURCE = "java:app/jdbc/bench-bare";
    private static final String OFFICER = "AGENCY_OFFICER";

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    private record Obligation(
            long id, String tenant, long agencyId, String agencyCode, long documentId, String status) {
        String target() {
            return "obligation/" + id;
        }
    }

    private record Report(long id, String status, long version) {}

    public ReportView read(long obligationId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Obligation obligation = obligation(c, obligationId, false);
            Report report = report(c, obligation);
            if (report == null) {
                return new ReportView(obligationId, obligation.status(), null, prefilled(c, obligation), 0);
            }
            String summary;
            try (PreparedStatement select = c.prepareStatement("SELECT summary FROM report WHERE id = ?")) {
                select.setLong(1, report.id());
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    summary = row.getString(1);
                }
            }
            return new ReportView(obligationId, report.status(), summary, entries(c, report.id()), report.version());
        }
    }

    /** Saves the draft; answers its new version (the ETag). */
    public long save(long obligationId, ReportBody body, Long ifMatch) throws SQLException {
        return inTransaction(c -> {
            // The obligation's row lock serialises every write to its report. A locking read of the
            // report itself would take a gap lock when there is none yet, and two first saves would
            // deadlock on the unique key's gap (REPEATABLE READ).
            Obligation obligation = obligation(c, obligationId, true);
            Report report = report(c, obligation);
            if (report != null && !editable(report.status())) {
                throw new ClientErrorException(Status.CONFLICT);
            }
            Timestamp now = Timestamp.from(Instant.now());
            long reportId;
            long version;
            if (report == null) {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO report (tenant_id, obligation_id, summary, status, created_at, updated_at, "
                                + "updated_by, version) VALUES (?, ?, ?, 'DRAFT', ?, ?, ?, 0)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    insert.setString(1, obligation.tenant());
                    insert.setLong(2, obligation.id());
                    insert.setString(3, body.summary());
                    insert.setTimestamp(4, now);
                    insert.setTimestamp(5, now);
                    insert.setString(6, obligation.agencyCode());
                    insert.executeUpdate();
                    reportId = generatedKey(insert);
                }
                version = 0;
            } else {
                if (ifMatch != null && ifMatch != report.version()) {
                    throw new ClientErrorException(Status.PRECONDITION_FAILED);
                }
                reportId = report.id();
                version = report.version() + 1;
                try (PreparedStatement update = c.prepareStatement(
                        "UPDATE report SET summary = ?, updated_at = ?, updated_by = ?, version = ? WHERE id = ?")) {
                    update.setString(1, body.summary());
                    update.setTimestamp(2, now);
                    update.setString(3, obligation.agencyCode());
                    update.setLong(4, version);
                    update.setLong(5, reportId);
                    update.executeUpdate();
                }
                execute(
                        c,
                        "DELETE f FROM report_figure f JOIN report_entry e ON e.id = f.entry_id WHERE e.report_id = ?",
                        reportId);
                execute(c, "DELETE FROM report_entry WHERE report_id = ?", reportId);
            }
            insertEntries(c, obligation.tenant(), reportId, body.entries());
            if (obligation.status().equals("PENDING")) {
                execute(c, "UPDATE obligation SET status = 'DRAFT', version = version + 1 WHERE id = ?", obligationId);
            }
            audit(c, obligation, "report.save", now);
            return version;
        });
    }

    public Map<String, Object> attach(long obligationId, String name, byte[] content) throws SQLException {
        String sha256 = sha256(content);
        String contentType = sniff(content);
        return inTransaction(c -> {
            Obligation obligation = obligation(c, obligationId, false);
            Report report = report(c, obligation);
            if (report == null || !editable(report.status())) {
                throw new ClientErrorException(Status.CONFLICT);
            }
            Timestamp now = Timestamp.from(Instant.now());
            long id;
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO report_attachment (tenant_id, report_id, name, content_type, size, sha256, content, "
                            + "uploaded_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, obligation.tenant());
                insert.setLong(2, report.id());
                insert.setString(3, name);
                insert.setString(4, contentType);
                insert.setLong(5, content.length);
                insert.setString(6, sha256);
                insert.setBytes(7, content);
                insert.setTimestamp(8, now);
                insert.setString(9, obligation.agencyCode());
                insert.executeUpdate();
                id = generatedKey(insert);
            }
            audit(c, obligation, "report.attach", now);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("id", id);
            answer.put("name", name);
            answer.put("contentType", contentType);
            answer.put("size", content.length);
            answer.put("sha256", sha256);
            return answer;
        });
    }

    /** Submits once per idempotency key: the same key again changes nothing and answers the same. */
    public Map<String, Object> submit(long obligationId, String key) throws SQLException {
        return inTransaction(c -> {
            Obligation obligation = obligation(c, obligationId, true);
            Report report = report(c, obligation);
            if (report == null) {
                throw new ClientErrorException(Status.CONFLICT);
            }
            if (key != null) {
                try (PreparedStatement select = c.prepareStatement(
                        "SELECT occurred_at FROM report_step WHERE tenant_id = ? AND report_id = ? AND idempotency_key = ?")) {
                    select.setString(1, obligation.tenant());
                    select.setLong(2, report.id());
                    select.setString(3, key);
                    try (ResultSet row = select.executeQuery()) {
                        if (row.next()) {
                            return submitted(obligationId, row.getTimestamp(1));
                        }
                    }
                }
            }
            if (!editable(report.status())) {
                throw new ClientErrorException(Status.CONFLICT);
            }
            Timestamp now = Timestamp.from(Instant.now());
            execute(c, "UPDATE report SET status = 'SUBMITTED', version = version + 1 WHERE id = ?", report.id());
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE obligation SET status = 'SUBMITTED', submitted_at = ?, version = version + 1 WHERE id = ?")) {
                update.setTimestamp(1, now);
                update.setLong(2, obligationId);
                update.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO report_step (tenant_id, report_id, status, username, occurred_at, comment, "
                            + "idempotency_key) VALUES (?, ?, 'SUBMITTED', ?, ?, NULL, ?)")) {
                insert.setString(1, obligation.tenant());
                insert.setLong(2, report.id());
                insert.setString(3, obligation.agencyCode());
                insert.setTimestamp(4, now);
                insert.setString(5, key);
                insert.executeUpdate();
            }
            audit(c, obligation, "report.submit", now);
            return submitted(obligationId, now);
        });
    }

    private static Map<String, Object> submitted(long obligationId, Timestamp at) {
        return Map.of("obligationId", obligationId, "status", "SUBMITTED", "submittedAt", at.toInstant());
    }

    private static boolean editable(String status) {
        return status.equals("DRAFT") || status.equals("RETURNED");
    }

    private Obligation obligation(Connection c, long id, boolean forUpdate) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT o.id, o.tenant_id, o.agency_id, a.code, o.document_id, o.status FROM obligation o "
                        + "JOIN agency a ON a.id = o.agency_id WHERE o.id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new NotFoundException();
                }
                return new Obligation(
                        row.getLong(1),
                        row.getString(2),
                        row.getLong(3),
                        row.getString(4),
                        row.getLong(5),
                        row.getString(6));
            }
        }
    }

    private static Report report(Connection c, Obligation obligation) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT id, status, version FROM report WHERE tenant_id = ? AND obligation_id = ?")) {
            select.setString(1, obligation.tenant());
            select.setLong(2, obligation.id());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new Report(row.getLong(1), row.getString(2), row.getLong(3)) : null;
            }
        }
    }

    /** A report not yet written: one empty entry per item the agency holds in the document. */
    private static List<ReportBody.Entry> prefilled(Connection c, Obligation obligation) throws SQLException {
        List<ReportBody.Entry> entries = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT DISTINCT i.id, i.position FROM assignment a JOIN item i ON i.id = a.item_id "
                        + "WHERE a.tenant_id = ? AND a.agency_id = ? AND i.document_id = ? ORDER BY i.position, i.id")) {
            select.setString(1, obligation.tenant());
            select.setLong(2, obligation.agencyId());
            select.setLong(3, obligation.documentId());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    entries.add(new ReportBody.Entry(row.getLong(1), null, false, null, List.of()));
                }
            }
        }
        return entries;
    }

    private static List<ReportBody.Entry> entries(Connection c, long reportId) throws SQLException {
        Map<Long, List<ReportBody.Figure>> figures = new LinkedHashMap<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT f.entry_id, f.name, f.numerator, f.denominator, f.target, f.unit FROM report_figure f "
                        + "JOIN report_entry e ON e.id = f.entry_id WHERE e.report_id = ? ORDER BY f.entry_id, f.position")) {
            select.setLong(1, reportId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    figures.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                            .add(new ReportBody.Figure(
                                    row.getString(2),
                                    row.getBigDecimal(3),
                                    row.getBigDecimal(4),
                                    row.getBigDecimal(5),
                                    row.getString(6)));
                }
            }
        }
        List<ReportBody.Entry> entries = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT id, item_id, narrative, completed, completed_on FROM report_entry WHERE report_id = ? "
                        + "ORDER BY position")) {
            select.setLong(1, reportId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Date completedOn = row.getDate(5);
                    entries.add(new ReportBody.Entry(
                            row.getLong(2),
                            row.getString(3),
                            row.getBoolean(4),
                            completedOn == null ? null : completedOn.toLocalDate(),
                            figures.getOrDefault(row.getLong(1), List.of())));
                }
            }
        }
        return entries;
    }

    private static void insertEntries(Connection c, String tenant, long reportId, List<ReportBody.Entry> entries)
            throws SQLException {
        if (entries == null || entries.isEmpty()) {
            return;
        }
        try (PreparedStatement entry = c.prepareStatement(
                        "INSERT INTO report_entry (tenant_id, report_id, item_id, position, narrative, completed, "
                                + "completed_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement figure = c.prepareStatement(
                        "INSERT INTO report_figure (tenant_id, entry_id, position, name, numerator, denominator, "
                                + "target, unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            boolean anyFigure = false;
            for (ReportBody.Entry e : entries) {
                entry.setString(1, tenant);
                entry.setLong(2, reportId);
                entry.setLong(3, e.itemId());
                entry.setInt(4, position++);
                entry.setString(5, e.narrative());
                entry.setBoolean(6, e.completed());
                entry.setDate(7, e.completedOn() == null ? null : Date.valueOf(e.completedOn()));
                entry.executeUpdate();
                long entryId = generatedKey(entry);
                int figurePosition = 0;
                for (ReportBody.Figure f : e.figures() == null ? List.<ReportBody.Figure>of() : e.figures()) {
                    figure.setString(1, tenant);
                    figure.setLong(2, entryId);
                    figure.setInt(3, figurePosition++);
                    figure.setString(4, f.name());
                    figure.setBigDecimal(5, f.numerator());
                    decimal(figure, 6, f.denominator());
                    decimal(figure, 7, f.target());
                    figure.setString(8, f.unit());
                    figure.addBatch();
                    anyFigure = true;
                }
            }
            if (anyFigure) {
                figure.executeBatch();
            }
        }
    }

    private static void decimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DECIMAL);
        } else {
            statement.setBigDecimal(index, value);
        }
    }

    private static void audit(Connection c, Obligation obligation, String action, Timestamp at) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO audit_record (tenant_id, occurred_at, username, roles, action, target, outcome) "
                        + "VALUES (?, ?, ?, ?, ?, ?, 'SUCCESS')")) {
            insert.setString(1, obligation.tenant());
            insert.setTimestamp(2, at);
            insert.setString(3, obligation.agencyCode());
            insert.setString(4, OFFICER);
            insert.setString(5, action);
            insert.setString(6, obligation.target());
            insert.executeUpdate();
        }
    }

    private static void execute(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }

    private static long generatedKey(Statement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes' own type, as the product sniffs it; only what the burst sends is recognised. */
    static String sniff(byte[] content) {
        if (content.length >= 5 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F') {
            return "application/pdf";
        }
        throw new ClientErrorException(Status.UNSUPPORTED_MEDIA_TYPE);
    }

    @FunctionalInterface
    private interface Work<T> {
        T in(Connection connection) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.in(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
