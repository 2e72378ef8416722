package vn.dondoc.benchmarks.province;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One table's INSERT as a JDBC batch, sent every {@value #BATCH} rows: every id is assigned by the
 * generator before the row is written, so nothing waits for the database to say what it gave.
 */
final class Rows implements AutoCloseable {

    static final int BATCH = 2_000;

    private final PreparedStatement insert;
    private final String table;
    private final java.util.List<Rows> parents = new java.util.ArrayList<>();
    private int pending;
    private long written;

    Rows(Connection c, String table, String... columns) throws SQLException {
        this.table = table;
        this.insert = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + "?, ".repeat(columns.length - 1) + "?)");
    }

    void add(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            int at = i + 1;
            if (v == null) {
                insert.setNull(at, Types.NULL);
            } else if (v instanceof LocalDate d) {
                insert.setObject(at, d);
            } else if (v instanceof Instant t) {
                insert.setTimestamp(at, Timestamp.from(t));
            } else {
                insert.setObject(at, v);
            }
        }
        insert.addBatch();
        if (++pending == BATCH) {
            flush();
        }
    }

    /** Rows this table's rows refer to: written before any batch of this table is sent. */
    Rows after(Rows... tables) {
        parents.addAll(java.util.List.of(tables));
        return this;
    }

    void flush() throws SQLException {
        for (Rows parent : parents) {
            parent.flush();
        }
        if (pending > 0) {
            insert.executeBatch();
            written += pending;
            pending = 0;
        }
    }

    long written() {
        return written + pending;
    }

    String table() {
        return table;
    }

    @Override
    public void close() throws SQLException {
        flush();
        insert.close();
    }
}
