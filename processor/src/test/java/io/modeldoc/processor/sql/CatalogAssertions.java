package io.modeldoc.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Index;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.model.UniqueKey;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks through JDBC metadata that a database holds what the model says: tables and their
 * comments, columns in declaration order with nullability and type, primary keys, foreign keys,
 * unique constraints, named checks and indexes, all under the names the namer chose.
 */
final class CatalogAssertions {

    private final Connection connection;
    private final DatabaseMetaData meta;
    private final String catalog;
    private final String schema;
    private final ConstraintNamer namer;

    /**
     * @param catalog the catalog (MariaDB: the database) to look in, or {@code null}
     * @param schema  the schema to look in, or {@code null}
     */
    CatalogAssertions(Connection connection, String catalog, String schema, ConstraintNamer namer) throws SQLException {
        this.connection = connection;
        this.meta = connection.getMetaData();
        this.catalog = catalog;
        this.schema = schema;
        this.namer = namer;
    }

    /** Asserts the whole model; {@code typeNames} maps a {@code type_sample} column to the type the database reports. */
    void assertModel(DataModel model, Map<String, String> typeNames) throws SQLException {
        for (Table table : model.tables()) {
            assertTable(table);
        }
        Map<String, String> reported = columnTypes("type_sample");
        for (Map.Entry<String, String> expected : typeNames.entrySet()) {
            assertEquals(expected.getValue(), reported.get(expected.getKey()), "type of type_sample." + expected.getKey());
        }
        assertEquals(new TreeMap<>(typeNames).keySet(), reported.keySet(), "every type_sample column has an expected type");
    }

    private void assertTable(Table table) throws SQLException {
        try (ResultSet rs = meta.getTables(catalog, schema, stored(table.name()), null)) {
            assertTrue(rs.next(), "table " + table.name() + " exists");
            String remarks = rs.getString("REMARKS");
            assertEquals(expectedComment(table.comment()), remarks == null ? "" : remarks, "comment of " + table.name());
        }
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(catalog, schema, stored(table.name()), null)) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                columns.add(name);
                Column column = table.column(name).orElseThrow(() -> new AssertionError("unexpected column " + table.name() + "." + name));
                boolean notNull = !column.nullable() || table.primaryKey().contains(column.name());
                assertEquals(notNull ? DatabaseMetaData.columnNoNulls : DatabaseMetaData.columnNullable,
                        rs.getInt("NULLABLE"), "nullability of " + table.name() + "." + name);
                if (!column.comment().isEmpty()) {
                    assertEquals(expectedComment(column.comment()), rs.getString("REMARKS"), "comment of " + table.name() + "." + name);
                }
            }
        }
        assertEquals(table.columns().stream().map(Column::name).toList(), columns, "columns of " + table.name() + " in declaration order");
        assertEquals(table.primaryKey(), primaryKey(table), "primary key of " + table.name());
        assertForeignKeys(table);
        List<String> constraints = constraintNames(table);
        for (UniqueKey key : UniqueKeys.of(table)) {
            assertTrue(constraints.contains("UNIQUE " + lower(namer.uniqueKey(table, key))), "unique key " + key + " in " + constraints);
        }
        table.checks().stream().filter(c -> !c.name().isEmpty())
                .forEach(c -> assertTrue(constraints.contains("CHECK " + lower(c.name())), "check " + c.name() + " in " + constraints));
        List<String> indexes = indexNames(table);
        for (Index index : table.indexes()) {
            assertTrue(indexes.contains(lower(namer.index(table, index))), "index " + namer.index(table, index) + " in " + indexes);
        }
    }

    private List<String> primaryKey(Table table) throws SQLException {
        Map<Integer, String> bySequence = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, stored(table.name()))) {
            while (rs.next()) {
                bySequence.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(bySequence.values());
    }

    private void assertForeignKeys(Table table) throws SQLException {
        List<String> found = new ArrayList<>();
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, stored(table.name()))) {
            while (rs.next()) {
                found.add(lower(rs.getString("FK_NAME")) + ": " + lower(rs.getString("FKCOLUMN_NAME"))
                        + " -> " + lower(rs.getString("PKTABLE_NAME")));
            }
        }
        List<String> expected = new ArrayList<>();
        for (ForeignKey foreignKey : table.foreignKeys()) {
            expected.add(lower(namer.foreignKey(table, foreignKey)) + ": " + lower(String.join(",", foreignKey.columns()))
                    + " -> " + lower(foreignKey.referencedTable()));
        }
        assertEquals(expected.stream().sorted().toList(), found.stream().sorted().toList(), "foreign keys of " + table.name());
    }

    /** {@code TYPE name} of each constraint, from the standard information schema. */
    private List<String> constraintNames(Table table) throws SQLException {
        String sql = "select CONSTRAINT_TYPE, CONSTRAINT_NAME from INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                + " where TABLE_SCHEMA = ? and TABLE_NAME = ?";
        List<String> names = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema != null ? schema : catalog);
            statement.setString(2, stored(table.name()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1) + " " + lower(rs.getString(2)));
                }
            }
        }
        return names;
    }

    private List<String> indexNames(Table table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getIndexInfo(catalog, schema, stored(table.name()), false, false)) {
            while (rs.next()) {
                if (rs.getString("INDEX_NAME") != null) {
                    names.add(lower(rs.getString("INDEX_NAME")));
                }
            }
        }
        return names;
    }

    /** Reported type names of a table's columns, lower-cased, by column. */
    Map<String, String> columnTypes(String table) throws SQLException {
        Map<String, String> types = new TreeMap<>();
        try (ResultSet rs = meta.getColumns(catalog, schema, stored(table), null)) {
            while (rs.next()) {
                types.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return types;
    }

    private String stored(String name) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
    }

    private static String expectedComment(String comment) {
        return comment.replaceAll("[\\r\\n]", " ");
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
