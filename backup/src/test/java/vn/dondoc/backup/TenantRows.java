package vn.dondoc.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A tenant's rows in a form two tenants can be compared in, whatever their ids: the tenant becomes
 * {@code <tenant>}, a renumbered key becomes its rank among the tenant's keys of that table
 * ({@code #3}), and so does every foreign key and soft reference to it, so a reference that does
 * not point to the same row, counted in order, differs. BLOBs become their SHA-256 and length;
 * generated columns are left out (the database computes them from the others).
 */
public final class TenantRows {

    private TenantRows() {}

    /** Table → its rows in key order, each "column=value" joined. */
    public static Map<String, List<String>> of(Connection c, String tenant) throws SQLException {
        Catalog catalog = Catalog.read(c);
        Map<String, TreeMap<Long, Integer>> ranks = new HashMap<>();
        for (Catalog.Table t : catalog.tables()) {
            if (t.renumbered()) {
                TreeMap<Long, Integer> rank = new TreeMap<>();
                try (PreparedStatement s =
                        c.prepareStatement("SELECT " + t.singleKey().orElseThrow() + " FROM " + t.name() + " WHERE "
                                + t.tenantColumn() + " = ? ORDER BY 1")) {
                    s.setString(1, tenant);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            rank.put(r.getLong(1), rank.size() + 1);
                        }
                    }
                }
                ranks.put(t.name(), rank);
            }
        }
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (Catalog.Table t : catalog.tables()) {
            List<Catalog.Column> columns = t.writable();
            List<String> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT "
                    + columns.stream().map(Catalog.Column::name).collect(Collectors.joining(", ")) + " FROM " + t.name()
                    + " WHERE " + t.tenantColumn() + " = ? ORDER BY " + String.join(", ", t.primaryKey()))) {
                s.setString(1, tenant);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        List<String> values = new ArrayList<>();
                        for (int i = 0; i < columns.size(); i++) {
                            values.add(
                                    columns.get(i).name() + "=" + value(catalog, t, columns.get(i), r, i + 1, ranks));
                        }
                        rows.add(String.join(" | ", values));
                    }
                }
            }
            tables.put(t.name(), rows);
        }
        return tables;
    }

    private static String value(
            Catalog catalog,
            Catalog.Table t,
            Catalog.Column column,
            ResultSet r,
            int i,
            Map<String, TreeMap<Long, Integer>> ranks)
            throws SQLException {
        if (Values.blob(column)) {
            byte[] bytes = r.getBytes(i);
            return bytes == null
                    ? "null"
                    : "sha256:" + HexFormat.of().formatHex(HashingEntry.sha256().digest(bytes)) + "/" + bytes.length;
        }
        String text = r.getString(i);
        if (text == null) {
            return "null";
        }
        String name = column.name();
        if (name.equals(t.tenantColumn())) {
            return "<tenant>";
        }
        if (t.renumbered() && name.equals(t.singleKey().orElseThrow())) {
            return rank(ranks, t.name(), Long.parseLong(text));
        }
        for (Catalog.ForeignKey fk : t.foreignKeys()) {
            int at = fk.columns().indexOf(name);
            if (at >= 0) {
                if (fk.referencedTable().equals(Catalog.TENANT_TABLE)) {
                    return "<tenant>";
                }
                return ranks.containsKey(fk.referencedTable())
                        ? rank(ranks, fk.referencedTable(), Long.parseLong(text))
                        : text;
            }
        }
        for (SoftReference soft : SoftReference.DECLARED) {
            if (!soft.table().equals(t.name()) || !soft.column().equals(name) || !ranks.containsKey(soft.target())) {
                continue;
            }
            if (soft.wholeValue()) {
                if (soft.appliesTo(col -> {
                    try {
                        return r.getString(col);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                })) {
                    return soft.target() + rank(ranks, soft.target(), Long.parseLong(text));
                }
            } else {
                String target = soft.target();
                text = soft.renumber(
                        text,
                        id -> -ranks.get(target)
                                .getOrDefault(id, -ranks.get(target).headMap(id).size()));
            }
        }
        return text;
    }

    /**
     * "#n" for the n-th of the tenant's keys; for a value that is none of them (a ledger version's
     * subject since removed, the audit chain's start, which counts every tenant's records) "after#n",
     * n the tenant's keys below it: what an import that keeps the order of ids must keep.
     */
    private static String rank(Map<String, TreeMap<Long, Integer>> ranks, String table, long id) {
        Integer rank = ranks.get(table).get(id);
        return rank == null ? "after#" + ranks.get(table).headMap(id).size() : "#" + rank;
    }
}
