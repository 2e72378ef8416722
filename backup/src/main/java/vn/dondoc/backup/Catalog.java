package vn.dondoc.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tenant-owned part of the schema, read from {@code information_schema} of the connection's
 * database: every base table with a {@code tenant_id} column, and the {@code tenant} table itself;
 * their columns, primary keys and foreign keys; in an order where a table comes after the tables it
 * refers to. Nothing here names a product table but {@code tenant}, so a table or column a later
 * migration adds is carried without a change to this tool (D-043).
 */
public final class Catalog {

    /** The table each tenant is a row of. */
    public static final String TENANT_TABLE = "tenant";
    /** The column every tenant-owned row carries. */
    public static final String TENANT_COLUMN = "tenant_id";
    /** Where table-generated ids are counted (a row per table, named after it); not tenant-owned. */
    public static final String ID_BLOCK_TABLE = "id_block";

    /** A column as the schema declares it; generated ones are computed by the database, never written. */
    public record Column(String name, String type, boolean generated, boolean autoIncrement) {

        boolean integer() {
            return Set.of("tinyint", "smallint", "mediumint", "int", "bigint").contains(type);
        }
    }

    /** A foreign key: {@code columns} of {@code table} refer to {@code referencedColumns} of {@code referencedTable}. */
    public record ForeignKey(
            String name, String table, List<String> columns, String referencedTable, List<String> referencedColumns) {}

    /** How the ids of a table are made, which says whether an import under another tenant renumbers them. */
    public enum Ids {
        /** {@code AUTO_INCREMENT} (JPA IDENTITY): renumbered past the largest in use. */
        AUTO_INCREMENT,
        /** A table generator's counter in {@code id_block} (JPA TABLE): renumbered past it, and the counter moved. */
        ID_BLOCK,
        /** The key holds the tenant (e.g. one row per tenant, id 1): kept, with the tenant replaced. */
        TENANT_KEYED,
        /** A single key the tool cannot renumber: an import under a new tenant id refuses. */
        UNKNOWN
    }

    public record Table(
            String name, List<Column> columns, List<String> primaryKey, List<ForeignKey> foreignKeys, Ids ids) {

        /** The column that says whose row it is: {@code tenant_id}, or the tenant's own key. */
        public String tenantColumn() {
            return name.equals(TENANT_TABLE) ? primaryKey.get(0) : TENANT_COLUMN;
        }

        /** The single key column when the table has one, renumbered or not. */
        public Optional<String> singleKey() {
            return primaryKey.size() == 1 ? Optional.of(primaryKey.get(0)) : Optional.empty();
        }

        public List<Column> writable() {
            return columns.stream().filter(c -> !c.generated()).toList();
        }

        public Optional<Column> column(String column) {
            return columns.stream().filter(c -> c.name().equals(column)).findFirst();
        }

        boolean renumbered() {
            return ids == Ids.AUTO_INCREMENT || ids == Ids.ID_BLOCK;
        }
    }

    private final Map<String, Table> tables;

    private Catalog(Map<String, Table> tables) {
        this.tables = tables;
    }

    /** The tenant-owned tables in dependency order (the tenant first). */
    public List<Table> tables() {
        return List.copyOf(tables.values());
    }

    public Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    public static Catalog read(Connection c) throws SQLException {
        Map<String, List<Column>> columns = new TreeMap<>();
        try (PreparedStatement s =
                        c.prepareStatement("SELECT c.TABLE_NAME, c.COLUMN_NAME, c.DATA_TYPE, c.IS_GENERATED, c.EXTRA"
                                + " FROM information_schema.COLUMNS c JOIN information_schema.TABLES t"
                                + " ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME"
                                + " WHERE c.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE'"
                                + " ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String extra = r.getString(5) == null ? "" : r.getString(5).toLowerCase();
                columns.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                        .add(new Column(
                                r.getString(2),
                                r.getString(3).toLowerCase(),
                                "ALWAYS".equalsIgnoreCase(r.getString(4)) || extra.contains("generated"),
                                extra.contains("auto_increment")));
            }
        }
        Set<String> owned = new LinkedHashSet<>();
        columns.forEach((table, cols) -> {
            if (table.equals(TENANT_TABLE)
                    || cols.stream().anyMatch(col -> col.name().equals(TENANT_COLUMN))) {
                owned.add(table);
            }
        });
        if (!owned.contains(TENANT_TABLE)) {
            throw new Refusal(
                    "CSDL không có bảng tenant: đây không phải CSDL của Đôn Đốc, hoặc chưa được Flyway tạo lược đồ",
                    "The database has no tenant table: not a Đôn Đốc database, or Flyway has not migrated it");
        }
        Map<String, List<String>> keys = new TreeMap<>();
        Map<String, Map<String, ForeignKey>> foreign = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement(
                        "SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME"
                                + " FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE()"
                                + " AND (CONSTRAINT_NAME = 'PRIMARY' OR REFERENCED_TABLE_NAME IS NOT NULL)"
                                + " ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String table = r.getString(1);
                if (!owned.contains(table)) {
                    continue;
                }
                String constraint = r.getString(2);
                String column = r.getString(3);
                String referenced = r.getString(4);
                if (referenced == null) {
                    keys.computeIfAbsent(table, k -> new ArrayList<>()).add(column);
                } else {
                    ForeignKey known = foreign.computeIfAbsent(table, k -> new LinkedHashMap<>())
                            .computeIfAbsent(
                                    constraint,
                                    name -> new ForeignKey(
                                            name, table, new ArrayList<>(), referenced, new ArrayList<>()));
                    known.columns().add(column);
                    known.referencedColumns().add(r.getString(5));
                }
            }
        }
        Set<String> blocks = idBlocks(c, columns.containsKey(ID_BLOCK_TABLE));
        Map<String, Table> read = new TreeMap<>();
        for (String name : owned) {
            List<String> key = keys.getOrDefault(name, List.of());
            List<Column> cols = columns.get(name);
            List<ForeignKey> fks = foreign.getOrDefault(name, Map.of()).values().stream()
                    .map(fk -> new ForeignKey(
                            fk.name(),
                            fk.table(),
                            List.copyOf(fk.columns()),
                            fk.referencedTable(),
                            List.copyOf(fk.referencedColumns())))
                    .toList();
            read.put(name, new Table(name, List.copyOf(cols), List.copyOf(key), fks, ids(name, key, cols, blocks)));
        }
        return new Catalog(inDependencyOrder(read));
    }

    private static Set<String> idBlocks(Connection c, boolean exists) throws SQLException {
        if (!exists) {
            return Set.of();
        }
        Set<String> names = new LinkedHashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT name FROM " + ID_BLOCK_TABLE);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }

    private static Ids ids(String table, List<String> key, List<Column> columns, Set<String> blocks) {
        if (key.contains(TENANT_COLUMN) || table.equals(TENANT_TABLE)) {
            return Ids.TENANT_KEYED;
        }
        if (key.size() != 1) {
            return Ids.UNKNOWN;
        }
        Column id = columns.stream()
                .filter(col -> col.name().equals(key.get(0)))
                .findFirst()
                .orElseThrow();
        if (id.autoIncrement()) {
            return Ids.AUTO_INCREMENT;
        }
        return id.integer() && blocks.contains(table) ? Ids.ID_BLOCK : Ids.UNKNOWN;
    }

    /*
     * Kahn's order, ties by name so that two exports of one schema list the tables alike. A table's
     * reference to itself (item.parent_id) does not order it; a cycle between tables, which the
     * schema does not have today, puts the rest in name order: the import checks every foreign key
     * itself before it commits, so the order is for the reader, not for correctness.
     */
    private static Map<String, Table> inDependencyOrder(Map<String, Table> tables) {
        Map<String, Set<String>> waitsFor = new TreeMap<>();
        tables.forEach((name, table) -> {
            Set<String> parents = new LinkedHashSet<>();
            for (ForeignKey fk : table.foreignKeys()) {
                if (!fk.referencedTable().equals(name) && tables.containsKey(fk.referencedTable())) {
                    parents.add(fk.referencedTable());
                }
            }
            waitsFor.put(name, parents);
        });
        Map<String, Table> ordered = new LinkedHashMap<>();
        while (ordered.size() < tables.size()) {
            String next = waitsFor.entrySet().stream()
                    .filter(e ->
                            !ordered.containsKey(e.getKey()) && ordered.keySet().containsAll(e.getValue()))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElseGet(() -> waitsFor.keySet().stream()
                            .filter(n -> !ordered.containsKey(n))
                            .findFirst()
                            .orElseThrow());
            ordered.put(next, tables.get(next));
        }
        return Collections.unmodifiableMap(ordered);
    }

    /** The schema version Flyway last applied with success, e.g. {@code "17"}. */
    public static String schemaVersion(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM flyway_schema_history"
                        + " WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1");
                ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                throw new Refusal(
                        "CSDL chưa được Flyway tạo lược đồ (flyway_schema_history trống)",
                        "Flyway has not migrated the database (flyway_schema_history is empty)");
            }
            return r.getString(1);
        } catch (SQLException e) {
            if ("42S02".equals(e.getSQLState())) {
                throw new Refusal(
                        "CSDL chưa được Flyway tạo lược đồ (không có flyway_schema_history)",
                        "Flyway has not migrated the database (no flyway_schema_history)",
                        e);
            }
            throw e;
        }
    }

    /** A name as SQL quotes it; names come from information_schema, never from the archive unchecked. */
    static String quoted(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}
