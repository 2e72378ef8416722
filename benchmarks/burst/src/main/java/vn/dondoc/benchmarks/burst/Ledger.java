package vn.dondoc.benchmarks.burst;

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
 * Checks in the database, after a burst, that every submission is there exactly once: the
 * obligation submitted, one report (version 1) with all its entries and one figure each, one
 * attachment whose SHA-256 (on the report's file and on the stored bytes) and whose bytes (hashed
 * again by MariaDB) are the file sent, one DRAFTED and one SUBMITTED step (V6__reports.sql).
 */
final class Ledger {

    record Check(int verified, List<String> problems) {}

    private final String url;
    private final String user;
    private final String password;

    Ledger(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The last audit record so far, to count what a burst adds. */
    long auditMark() throws SQLException {
        try (Connection c = connect();
                PreparedStatement select = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM audit_record");
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /**
     * InnoDB's row lock waits and their total time in ms so far, server-wide (other databases on a
     * shared server count too).
     */
    long[] rowLockWaits() throws SQLException {
        long[] waits = new long[2];
        try (Connection c = connect();
                PreparedStatement select = c.prepareStatement("SHOW GLOBAL STATUS WHERE Variable_name IN "
                        + "('Innodb_row_lock_waits', 'Innodb_row_lock_time')");
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                waits[row.getString(1).equalsIgnoreCase("Innodb_row_lock_waits") ? 0 : 1] = row.getLong(2);
            }
        }
        return waits;
    }

    long auditSince(long mark) throws SQLException {
        try (Connection c = connect();
                PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM audit_record WHERE id > ?")) {
            select.setLong(1, mark);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** {@code entries}: how many entries each obligation's report was saved with. */
    Check check(List<Submission> submissions, Map<Long, Integer> entries) throws SQLException {
        String ids =
                submissions.stream().map(s -> Long.toString(s.obligationId())).collect(Collectors.joining(","));
        Map<Long, List<String>> facts = new HashMap<>();
        submissions.forEach(s -> facts.put(s.obligationId(), new ArrayList<>()));
        try (Connection c = connect()) {
            rows(c, "SELECT id, status FROM obligation WHERE id IN (" + ids + ")", facts, 1);
            rows(
                    c,
                    "SELECT obligation_id, COUNT(*), MIN(status) FROM report WHERE obligation_id IN (" + ids
                            + ") GROUP BY obligation_id",
                    facts,
                    2);
            rows(
                    c,
                    "SELECT r.obligation_id, COUNT(*), MIN(a.sha256), MAX(a.sha256), MIN(b.sha256), "
                            + "MIN(SHA2(b.content, 256)), MAX(SHA2(b.content, 256)) FROM report_attachment a "
                            + "JOIN attachment_content b ON b.id = a.content_id JOIN report r ON r.id = a.report_id "
                            + "WHERE r.obligation_id IN (" + ids + ") GROUP BY r.obligation_id",
                    facts,
                    6);
            rows(
                    c,
                    "SELECT obligation_id, SUM(action = 'DRAFTED'), SUM(action = 'SUBMITTED') FROM report_step "
                            + "WHERE obligation_id IN (" + ids + ") GROUP BY obligation_id",
                    facts,
                    2);
            rows(
                    c,
                    "SELECT r.obligation_id, COUNT(DISTINCT e.id), COUNT(f.id) FROM report r "
                            + "JOIN report_entry e ON e.report_id = r.id LEFT JOIN report_figure f ON f.entry_id = e.id "
                            + "WHERE r.obligation_id IN (" + ids + ") GROUP BY r.obligation_id",
                    facts,
                    2);
        }
        List<String> problems = new ArrayList<>();
        int verified = 0;
        for (Submission s : submissions) {
            Integer expectedEntries = entries.get(s.obligationId());
            String expected = String.join(
                    "|",
                    "SUBMITTED",
                    "1",
                    "SUBMITTED",
                    "1",
                    s.sha256(),
                    s.sha256(),
                    s.sha256(),
                    s.sha256(),
                    s.sha256(),
                    "1",
                    "1",
                    String.valueOf(expectedEntries),
                    String.valueOf(expectedEntries));
            String found = String.join("|", facts.getOrDefault(s.obligationId(), List.of()));
            if (expected.equals(found)) {
                verified++;
            } else {
                problems.add(
                        s.agency() + " obligation " + s.obligationId() + ": expected " + expected + ", found " + found);
            }
        }
        return new Check(verified, problems);
    }

    /** Appends to each obligation's facts the {@code columns} values after its row's first column, or dashes. */
    private static void rows(Connection c, String sql, Map<Long, List<String>> facts, int columns) throws SQLException {
        Map<Long, List<String>> found = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement(sql);
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 2; i <= columns + 1; i++) {
                    values.add(String.valueOf(row.getString(i)));
                }
                found.put(row.getLong(1), values);
            }
        }
        for (var entry : facts.entrySet()) {
            entry.getValue().addAll(found.getOrDefault(entry.getKey(), java.util.Collections.nCopies(columns, "-")));
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
