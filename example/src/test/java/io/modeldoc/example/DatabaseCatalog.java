package io.modeldoc.example;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a database holds in one schema, as its JDBC {@link DatabaseMetaData} reports it. Names are
 * lower-cased, so that they compare as unquoted SQL names do (H2 upper-cases them, PostgreSQL
 * lower-cases them).
 */
final class DatabaseCatalog {

    record Column(String name, String typeName, boolean nullable) {
    }

    record ForeignKey(List<String> columns, String referencedTable, List<String> referencedColumns) {
    }

    record Table(String name, Map<String, Column> columns, List<String> primaryKey,
            List<ForeignKey> foreignKeys, List<List<String>> uniqueIndexes) {

        Optional<Column> column(String columnName) {
            return Optional.ofNullable(columns.get(lower(columnName)));
        }
    }

    private final Map<String, Table> tables;

    private DatabaseCatalog(Map<String, Table> tables) {
        this.tables = tables;
    }

    /**
     * Reads every table of one schema.
     *
     * @param catalog the JDBC catalog: the database on MariaDB and MySQL, {@code null} elsewhere
     * @param schema  the JDBC schema: {@code PUBLIC} on H2, the schema's name on PostgreSQL, {@code null} on MariaDB
     */
    static DatabaseCatalog read(Connection connection, String catalog, String schema) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Map<String, Map<String, Column>> columnsByTable = new TreeMap<>();
        Map<String, String> storedNames = new TreeMap<>();
        try (ResultSet rs = meta.getColumns(catalog, schema, "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME");
                storedNames.put(lower(table), table);
                columnsByTable.computeIfAbsent(lower(table), t -> new LinkedHashMap<>()).put(
                        lower(rs.getString("COLUMN_NAME")),
                        new Column(lower(rs.getString("COLUMN_NAME")), rs.getString("TYPE_NAME"),
                                !"NO".equals(rs.getString("IS_NULLABLE"))));
            }
        }
        Map<String, Table> tables = new TreeMap<>();
        for (Map.Entry<String, String> entry : storedNames.entrySet()) {
            String stored = entry.getValue();
            tables.put(entry.getKey(), new Table(entry.getKey(), columnsByTable.get(entry.getKey()),
                    primaryKey(meta, catalog, schema, stored), foreignKeys(meta, catalog, schema, stored),
                    uniqueIndexes(meta, catalog, schema, stored)));
        }
        return new DatabaseCatalog(tables);
    }

    Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(lower(name)));
    }

    /** The table, or an assertion error listing the tables there are. */
    Table existingTable(String name) {
        return table(name).orElseThrow(() -> new AssertionError("No table " + name + "; the database has " + tables.keySet()));
    }

    /** The column, or an assertion error listing the table's columns. */
    Column existingColumn(String table, String column) {
        Table t = existingTable(table);
        return t.column(column).orElseThrow(() -> new AssertionError(
                "No column " + table + "." + column + "; the table has " + t.columns().keySet()));
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        Map<Integer, String> bySequence = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
            while (rs.next()) {
                bySequence.put(rs.getInt("KEY_SEQ"), lower(rs.getString("COLUMN_NAME")));
            }
        }
        return List.copyOf(bySequence.values());
    }

    private static List<ForeignKey> foreignKeys(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        Map<String, List<String[]>> rowsByKey = new TreeMap<>();
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, table)) {
            while (rs.next()) {
                String key = rs.getString("FK_NAME") + "/" + lower(rs.getString("PKTABLE_NAME"));
                rowsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new String[] {
                        String.format(Locale.ROOT, "%05d", rs.getInt("KEY_SEQ")),
                        lower(rs.getString("FKCOLUMN_NAME")),
                        lower(rs.getString("PKTABLE_NAME")),
                        lower(rs.getString("PKCOLUMN_NAME"))});
            }
        }
        List<ForeignKey> keys = new ArrayList<>();
        for (List<String[]> rows : rowsByKey.values()) {
            rows.sort((a, b) -> a[0].compareTo(b[0]));
            keys.add(new ForeignKey(rows.stream().map(r -> r[1]).toList(), rows.get(0)[2],
                    rows.stream().map(r -> r[3]).toList()));
        }
        return List.copyOf(keys);
    }

    private static List<List<String>> uniqueIndexes(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        Map<String, Map<Integer, String>> columnsByIndex = new TreeMap<>();
        try (ResultSet rs = meta.getIndexInfo(catalog, schema, table, true, false)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                if (index != null && !rs.getBoolean("NON_UNIQUE")) {
                    columnsByIndex.computeIfAbsent(index, i -> new TreeMap<>())
                            .put(rs.getInt("ORDINAL_POSITION"), lower(rs.getString("COLUMN_NAME")));
                }
            }
        }
        return columnsByIndex.values().stream().map(columns -> List.copyOf(columns.values())).toList();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
