package vn.dondoc.backup;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Set;

/**
 * How a column's value is written to JSON and bound back, by its SQL type, with nothing lost:
 * integers as numbers, DECIMAL as its exact text ("120.000000"), DATE and DATETIME(6) as ISO text
 * with every microsecond, short binaries in base64; a BLOB is a file of its own (the JSON holds its
 * path). A type not listed stops the export, so a new one is never written approximately.
 */
final class Values {

    static final Set<String> INTEGERS = Set.of("tinyint", "smallint", "mediumint", "int", "bigint", "year");
    static final Set<String> TEXTS =
            Set.of("char", "varchar", "tinytext", "text", "mediumtext", "longtext", "enum", "set", "json", "time");
    static final Set<String> BLOBS = Set.of("tinyblob", "blob", "mediumblob", "longblob");
    static final Set<String> BINARIES = Set.of("binary", "varbinary");
    static final Set<String> DECIMALS = Set.of("decimal", "numeric");
    static final Set<String> FLOATS = Set.of("float", "double");
    static final Set<String> DATETIMES = Set.of("datetime", "timestamp");

    private Values() {}

    static boolean blob(Catalog.Column column) {
        return BLOBS.contains(column.type());
    }

    static void checkSupported(String table, Catalog.Column column) {
        String t = column.type();
        if (!(INTEGERS.contains(t)
                || TEXTS.contains(t)
                || BLOBS.contains(t)
                || BINARIES.contains(t)
                || DECIMALS.contains(t)
                || FLOATS.contains(t)
                || DATETIMES.contains(t)
                || t.equals("date"))) {
            throw new Refusal(
                    "Cột " + table + "." + column.name() + " có kiểu " + t + " mà công cụ sao lưu chưa biết ghi",
                    "Column " + table + "." + column.name() + " has type " + t
                            + ", which the backup tool cannot write yet");
        }
    }

    /** Writes the value of {@code column} (at {@code index} of the row) as the named member. */
    static void write(JsonGenerator json, ResultSet row, int index, Catalog.Column column) throws SQLException {
        String name = column.name();
        String t = column.type();
        if (INTEGERS.contains(t)) {
            long v = row.getLong(index);
            if (row.wasNull()) {
                json.writeNull(name);
            } else {
                json.write(name, v);
            }
            return;
        }
        if (FLOATS.contains(t)) {
            double v = row.getDouble(index);
            if (row.wasNull()) {
                json.writeNull(name);
            } else {
                json.write(name, v);
            }
            return;
        }
        String text;
        if (DECIMALS.contains(t)) {
            BigDecimal v = row.getBigDecimal(index);
            text = v == null ? null : v.toPlainString();
        } else if (t.equals("date")) {
            LocalDate v = row.getObject(index, LocalDate.class);
            text = v == null ? null : v.toString();
        } else if (DATETIMES.contains(t)) {
            LocalDateTime v = row.getObject(index, LocalDateTime.class);
            text = v == null ? null : v.toString();
        } else if (BINARIES.contains(t)) {
            byte[] v = row.getBytes(index);
            text = v == null ? null : Base64.getEncoder().encodeToString(v);
        } else {
            text = row.getString(index);
        }
        if (text == null) {
            json.writeNull(name);
        } else {
            json.write(name, text);
        }
    }

    /** Binds a JSON value read from the archive to {@code index}; not for BLOBs (their file is bound). */
    static void bind(PreparedStatement insert, int index, Catalog.Column column, JsonValue value) throws SQLException {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            insert.setNull(index, Types.NULL);
            return;
        }
        String t = column.type();
        if (INTEGERS.contains(t)) {
            insert.setLong(index, ((JsonNumber) value).longValueExact());
        } else if (FLOATS.contains(t)) {
            insert.setDouble(index, ((JsonNumber) value).doubleValue());
        } else {
            String text = ((JsonString) value).getString();
            if (DECIMALS.contains(t)) {
                insert.setBigDecimal(index, new BigDecimal(text));
            } else if (t.equals("date")) {
                insert.setObject(index, LocalDate.parse(text));
            } else if (DATETIMES.contains(t)) {
                insert.setObject(index, LocalDateTime.parse(text));
            } else if (BINARIES.contains(t)) {
                insert.setBytes(index, Base64.getDecoder().decode(text));
            } else {
                insert.setString(index, text);
            }
        }
    }
}
