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
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The officer's part of the report workflow in plain JDBC, writing the rows the product writes
 * (V6__reports.sql) in one local transaction per request, the obligation's row locked first as the
 * product does: the first save begins the report (its
 * row and a DRAFTED step) and writes its entries and figures; an attachment is its bytes with their SHA-256 ({@code attachment_content})
 * and the report's file ({@code report_attachment}); the submit is a SUBMITTED step with its
 * idempotency key; each change moves the obligation with the report and adds one audit record.
 * Left out: authentication and tenant binding (the caller is the obligation's own agency), the
 * figures' checks, the JPA mapping, the EJB container.
 */
@ApplicationScoped
public class BareReports {

    static final String DATA_SOURCE = "java:app/jdbc/bench-bare";
    private static final String OFFICER = "AGENCY_OFFICER";

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    private record Obligation(
            long id, String tenant, long agencyId, String agencyCode, long documentId, String status) {}

    private record Report(long id, int number, String status, long version) {
        String etag() {
            return "\"" + id + "." + version + "\"";
        }
    }

    public ReportView read(long obligationId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Obligation obligation = obligation(c, obligationId, false);
            Report report = latest(c, obligation);
            if (report == null) {
                return new ReportView(obligationId, 0, "PENDING", null, blank(c, obligation), "\"0\"");
            }
            String summary;
            try (PreparedStatement select = c.prepareStatement("SELECT summary FROM report WHERE id = ?")) {
                select.setLong(1, report.id());
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    summary = row.getString(1);
                }
            }
            return new ReportView(
                    obligationId, report.number(), report.status(), summary, entries(c, report.id()), report.etag());
        }
    }

    /** Saves the draft: the first save begins the report. */
    public ReportView save(long obligationId, ReportBody body, String ifMatch) throws SQLException {
        return inTransaction(c -> {
            Obligation obligation = obligation(c, obligationId, true);
            Report report = latest(c, obligation);
            requireTag(ifMatch, report);
            if (report != null && !editable(report.status())) {
                throw new ClientErrorException(Status.CONFLICT);
            }
            List<ReportBody.Entry> entries = body.entries() == null ? List.of() : body.entries();
            Timestamp now = Timestamp.from(Instant.now());
            if (report == null) {
                report = begin(c, obligation, body.summary(), now);
            } else {
                try (PreparedStatement update = c.prepareStatement(
                        "UPDATE report SET summary = ?, updated_at = ?, version = version + 1 WHERE id = ?")) {
                    update.setString(1, body.summary());
                    update.setTimestamp(2, now);
                    update.setLong(3, report.id());
                    update.executeUpdate();
                }
                execute(
                        c,
                        "DELETE f FROM report_figure f JOIN report_entry e ON e.id = f.entry_id WHERE e.report_id = ?",
                        report.id());
                execute(c, "DELETE FROM report_entry WHERE report_id = ?", report.id());
                report = new Report(report.id(), report.number(), report.status(), report.version() + 1);
            }
            insertEntries(c, obligation.tenant(), report.id(), entries);
            follow(c, obligation, "DRAFT", null);
            audit(c, obligation, "report.save", now);
            Map<Long, String[]> items =
                    items(c, entries.stream().map(ReportBody.Entry::itemId).toList());
            return new ReportView(
                    obligationId,
                    report.number(),
                    "DRAFT",
                    body.summary(),
                    entries.stream()
                            .map(e -> {
                                String[] item = items.getOrDefault(e.itemId(), new String[2]);
                                return new ReportView.Entry(
                                        e.itemId(),
                                        item[0],
                                        item[1],
                                        e.narrative(),
                                        e.completed(),
                                        e.completedOn(),
                                        e.figures() == null ? List.of() : e.figures());
                            })
                            .toList(),
                    report.etag());
        });
    }

    /** Adds a file to the draft: its bytes once, and the report's reference to them. */
    public Map<String, Object> attach(long obligationId, String fileName, byte[] content) throws SQLException {
        String sha256 = sha256(content);
        String contentType = sniff(content);
        return inTransaction(c -> {
            Obligation obligation = obligation(c, obligationId, true);
            Report report = latest(c, obligation);
            Timestamp now = Timestamp.from(Instant.now());
            if (report == null) {
                report = begin(c, obligation, null, now);
            } else if (!editable(report.status())) {
                throw new ClientErrorException(Status.CONFLICT);
            }
            long contentId;
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO attachment_content (tenant_id, sha256, size_bytes, content) VALUES (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, obligation.tenant());
                insert.setString(2, sha256);
                insert.setLong(3, content.length);
                insert.setBytes(4, content);
                insert.executeUpdate();
                contentId = generatedKey(insert);
            }
            long id;
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO report_attachment (tenant_id, report_id, content_id, file_name, content_type, "
                            + "size_bytes, sha256, uploaded_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, obligation.tenant());
                insert.setLong(2, report.id());
                insert.setLong(3, contentId);
                insert.setString(4, fileName);
                insert.setString(5, contentType);
                insert.setLong(6, content.length);
                insert.setString(7, sha256);
                insert.setTimestamp(8, now);
                insert.setString(9, obligation.agencyCode());
                insert.executeUpdate();
                id = generatedKey(insert);
            }
            try (PreparedStatement update =
                    c.prepareStatement("UPDATE report SET updated_at = ?, version = version + 1 WHERE id = ?")) {
                update.setTimestamp(1, now);
                update.setLong(2, report.id());
                update.executeUpdate();
            }
            audit(c, obligation, "report.attach", now);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("id", id);
            answer.put("fileName", fileName);
            answer.put("contentType", contentType);
            answer.put("size", content.length);
            answer.put("sha256", sha256);
            answer.put("uploadedAt", now.toInstant());
            answer.put("uploadedBy", obligation.agencyCode());
            return answer;
        });
    }

    /** Submits once per idempotency key: the same key again changes nothing and answers the same. */
    public Map<String, Object> submit(long obligationId, String key) throws SQLException {
        return inTransaction(c -> {
            Obligation obligation = obligation(c, obligationId, true);
            if (key != null) {
                try (PreparedStatement select =
                        c.prepareStatement("SELECT report_number, action, status, actor, at FROM report_step "
                                + "WHERE tenant_id = ? AND obligation_id = ? AND idempotency_key = ?")) {
                    select.setString(1, obligation.tenant());
                    select.setLong(2, obligationId);
                    select.setString(3, key);
                    try (ResultSet row = select.executeQuery()) {
                        if (row.next()) {
                            return step(
                                    obligationId,
                                    row.getInt(1),
                                    row.getString(2),
                                    row.getString(3),
                                    row.getString(4),
                                    row.getTimestamp(5));
                        }
                    }
                }
            }
            Report report = latest(c, obligation);
            if (report == null || !editable(report.status())) {
                throw new ClientErrorException(Status.CONFLICT);
            }
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement update =
                    c.prepareStatement("UPDATE report SET status = 'SUBMITTED', submitted_at = ?, "
                            + "updated_at = ?, version = version + 1 WHERE id = ?")) {
                update.setTimestamp(1, now);
                update.setTimestamp(2, now);
                update.setLong(3, report.id());
                update.executeUpdate();
            }
            insertStep(c, obligation, report.number(), "SUBMITTED", "SUBMITTED", now, key);
            follow(c, obligation, "SUBMITTED", now);
            audit(c, obligation, "report.submit", now);
            return step(obligationId, report.number(), "SUBMITTED", "SUBMITTED", obligation.agencyCode(), now);
        });
    }

    private Report begin(Connection c, Obligation obligation, String summary, Timestamp now) throws SQLException {
        long id;
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO report (tenant_id, obligation_id, number, status, summary, created_at, updated_at, "
                        + "version) VALUES (?, ?, 1, 'DRAFT', ?, ?, ?, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, obligation.tenant());
            insert.setLong(2, obligation.id());
            insert.setString(3, summary);
            insert.setTimestamp(4, now);
            insert.setTimestamp(5, now);
            insert.executeUpdate();
            id = generatedKey(insert);
        }
        insertStep(c, obligation, 1, "DRAFTED", "DRAFT", now, null);
        return new Report(id, 1, "DRAFT", 0);
    }

    private static void insertStep(
            Connection c, Obligation obligation, int number, String action, String status, Timestamp at, String key)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO report_step (tenant_id, obligation_id, report_number, action, status, actor, at, "
                        + "comment, idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)")) {
            insert.setString(1, obligation.tenant());
            insert.setLong(2, obligation.id());
            insert.setInt(3, number);
            insert.setString(4, action);
            insert.setString(5, status);
            insert.setString(6, obligation.agencyCode());
            insert.setTimestamp(7, at);
            insert.setString(8, key);
            insert.executeUpdate();
        }
    }

    /** The obligation's status follows its latest report. */
    private static void follow(Connection c, Obligation obligation, String status, Timestamp submittedAt)
            throws SQLException {
        if (status.equals(obligation.status()) && submittedAt == null) {
            return;
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE obligation SET status = ?, submitted_at = ?, version = version + 1 WHERE id = ?")) {
            update.setString(1, status);
            update.setTimestamp(2, submittedAt);
            update.setLong(3, obligation.id());
            update.executeUpdate();
        }
    }

    private static Map<String, Object> step(
            long obligationId, int number, String action, String status, String actor, Timestamp at) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("obligationId", obligationId);
        answer.put("reportNumber", number);
        answer.put("action", action);
        answer.put("status", status);
        answer.put("actor", actor);
        answer.put("at", at.toInstant());
        return answer;
    }

    private static boolean editable(String status) {
        return status.equals("DRAFT") || status.equals("RETURNED");
    }

    private static void requireTag(String ifMatch, Report current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String tag = current == null ? "\"0\"" : current.etag();
        for (String candidate : ifMatch.split(",")) {
            String given = candidate.strip();
            given = given.startsWith("W/") ? given.substring(2) : given;
            if (given.equals(tag) || (given.equals("*") && current != null)) {
                return;
            }
        }
        throw new ClientErrorException(Status.CONFLICT);
    }

    private static Obligation obligation(Connection c, long id, boolean forUpdate) throws SQLException {
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

    /**
     * The latest version. Not a locking read: the obligation's row lock already serialises every
     * write to its reports, and a locking read where there is no report yet would take a gap lock on
     * the unique key, on which two first saves then deadlock (REPEATABLE READ).
     */
    private static Report latest(Connection c, Obligation obligation) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT id, number, status, version FROM report "
                + "WHERE tenant_id = ? AND obligation_id = ? ORDER BY number DESC LIMIT 1")) {
            select.setString(1, obligation.tenant());
            select.setLong(2, obligation.id());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new Report(row.getLong(1), row.getInt(2), row.getString(3), row.getLong(4)) : null;
            }
        }
    }

    /** A report not begun: an empty entry for each item the agency holds, in the document's order. */
    private static List<ReportView.Entry> blank(Connection c, Obligation obligation) throws SQLException {
        List<ReportView.Entry> entries = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT i.id, i.code, i.text FROM item i "
                + "WHERE i.tenant_id = ? AND i.document_id = ? AND EXISTS (SELECT 1 FROM assignment a "
                + "WHERE a.tenant_id = i.tenant_id AND a.item_id = i.id AND a.agency_id = ?) ORDER BY i.position")) {
            select.setString(1, obligation.tenant());
            select.setLong(2, obligation.documentId());
            select.setLong(3, obligation.agencyId());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    entries.add(new ReportView.Entry(
                            row.getLong(1), row.getString(2), row.getString(3), null, false, null, List.of()));
                }
            }
        }
        return entries;
    }

    private static List<ReportView.Entry> entries(Connection c, long reportId) throws SQLException {
        Map<Long, List<ReportBody.Figure>> figures = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT f.entry_id, f.name, f.numerator, f.denominator, f.target, f.unit FROM report_figure f "
                        + "JOIN report_entry e ON e.id = f.entry_id WHERE e.report_id = ? ORDER BY f.entry_id, f.position")) {
            select.setLong(1, reportId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    figures.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                            .add(new ReportBody.Figure(
                                    row.getString(2),
                                    plain(row.getBigDecimal(3)),
                                    plain(row.getBigDecimal(4)),
                                    plain(row.getBigDecimal(5)),
                                    row.getString(6)));
                }
            }
        }
        List<ReportView.Entry> entries = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT e.id, e.item_id, i.code, i.text, e.narrative, e.completed, e.completed_on FROM report_entry e "
                        + "JOIN item i ON i.id = e.item_id WHERE e.report_id = ? ORDER BY e.position")) {
            select.setLong(1, reportId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Date completedOn = row.getDate(7);
                    entries.add(new ReportView.Entry(
                            row.getLong(2),
                            row.getString(3),
                            row.getString(4),
                            row.getString(5),
                            row.getBoolean(6),
                            completedOn == null ? null : completedOn.toLocalDate(),
                            figures.getOrDefault(row.getLong(1), List.of())));
                }
            }
        }
        return entries;
    }

    /** Each item's code and text, to show with the entries. */
    private static Map<Long, String[]> items(Connection c, List<Long> ids) throws SQLException {
        Map<Long, String[]> items = new HashMap<>();
        if (ids.isEmpty()) {
            return items;
        }
        String in = ids.stream().map(id -> "?").collect(Collectors.joining(","));
        try (PreparedStatement select =
                c.prepareStatement("SELECT id, code, text FROM item WHERE id IN (" + in + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                select.setLong(i + 1, ids.get(i));
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    items.put(row.getLong(1), new String[] {row.getString(2), row.getString(3)});
                }
            }
        }
        return items;
    }

    private static void insertEntries(Connection c, String tenant, long reportId, List<ReportBody.Entry> entries)
            throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement entry = c.prepareStatement(
                        "INSERT INTO report_entry (tenant_id, report_id, position, item_id, narrative, completed, "
                                + "completed_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement figure = c.prepareStatement(
                        "INSERT INTO report_figure (tenant_id, entry_id, position, name, numerator, denominator, "
                                + "target, unit, flag) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)")) {
            int position = 0;
            boolean anyFigure = false;
            for (ReportBody.Entry e : entries) {
                entry.setString(1, tenant);
                entry.setLong(2, reportId);
                entry.setInt(3, position++);
                entry.setLong(4, e.itemId());
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

    private static BigDecimal plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** One audit record per change, in the change's transaction, as the product's interceptor writes it. */
    private static void audit(Connection c, Obligation obligation, String action, Timestamp at) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO audit_record (tenant_id, occurred_at, username, roles, action, target, outcome) "
                        + "VALUES (?, ?, ?, ?, ?, ?, 'SUCCESS')")) {
            insert.setString(1, obligation.tenant());
            insert.setTimestamp(2, at);
            insert.setString(3, obligation.agencyCode());
            insert.setString(4, OFFICER);
            insert.setString(5, action);
            insert.setString(6, Long.toString(obligation.id()));
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
