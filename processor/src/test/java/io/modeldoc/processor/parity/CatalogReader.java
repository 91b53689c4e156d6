package io.modeldoc.processor.parity;

import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a {@link Catalog} back from a {@link ScratchDatabase} over JDBC: {@link DatabaseMetaData} for tables,
 * columns, keys and indexes, the server's information schema for sequences, check constraints and enum values.
 */
public final class CatalogReader {

    private static final Set<Integer> SIZED_BY_LENGTH = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR,
            Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY,
            Types.CLOB, Types.NCLOB, Types.BLOB);
    private static final Set<Integer> SIZED_BY_PRECISION = Set.of(Types.NUMERIC, Types.DECIMAL);
    private static final Set<Integer> SIZED_BY_FRACTION = Set.of(Types.TIME, Types.TIMESTAMP,
            Types.TIME_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE);

    private final ScratchDatabase database;
    private final DatabaseMetaData meta;
    private final Set<String> facts = new TreeSet<>();
    /** The namespace being read. */
    private ScratchDatabase.Space space;

    private CatalogReader(ScratchDatabase database) throws SQLException {
        this.database = database;
        this.meta = database.connection().getMetaData();
    }

    /** Everything the scratch database holds, as facts. */
    public static Catalog read(ScratchDatabase database) {
        try {
            CatalogReader reader = new CatalogReader(database);
            reader.readAll();
            return Catalog.of(reader.facts);
        } catch (SQLException e) {
            throw new AssertionError("cannot read the catalog of " + database.url() + ": " + e.getMessage(), e);
        }
    }

    /** Every namespace of the scratch database; tables outside the default one are named {@code <label>.<table>}. */
    private void readAll() throws SQLException {
        for (ScratchDatabase.Space space : database.spaces()) {
            this.space = space;
            readSpace();
        }
    }

    private void readSpace() throws SQLException {
        Map<String, String> enumTypes = enumTypes();
        Map<String, Integer> fractions = fractionalSeconds();
        for (String table : tables()) {
            facts.add("table " + named(table));
            columns(table, enumTypes, fractions);
            List<String> primaryKey = primaryKey(table);
            if (!primaryKey.isEmpty()) {
                facts.add("pk " + named(table) + "(" + String.join(", ", primaryKey) + ")");
            }
            foreignKeys(table);
            indexes(table, new TreeSet<>(primaryKey));
        }
        sequences();
        checks();
    }

    /** A table's or sequence's name in facts: lower case, qualified by the fixture's name of its namespace. */
    private String named(String name) {
        return qualified(space.label(), name);
    }

    private static String qualified(String label, String name) {
        return label.isEmpty() ? lower(name) : lower(label) + "." + lower(name);
    }

    private List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = meta.getTables(space.catalog(), space.schema(), "%", null)) {
            while (rows.next()) {
                String type = rows.getString("TABLE_TYPE");
                // H2 says BASE TABLE, PostgreSQL and MariaDB say TABLE; views, sequences and system tables are left out.
                if ("TABLE".equalsIgnoreCase(type) || "BASE TABLE".equalsIgnoreCase(type)) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
        }
        tables.sort(null);
        return tables;
    }

    private void columns(String table, Map<String, String> enumTypes, Map<String, Integer> fractions) throws SQLException {
        try (ResultSet rows = meta.getColumns(space.catalog(), space.schema(), table, "%")) {
            while (rows.next()) {
                String column = lower(rows.getString("COLUMN_NAME"));
                int jdbcType = rows.getInt("DATA_TYPE");
                String typeName = lower(rows.getString("TYPE_NAME"));
                StringBuilder fact = new StringBuilder("column ").append(named(table)).append('.').append(column)
                        .append(" type=").append(enumTypes.getOrDefault(lower(table) + "." + column, typeName))
                        .append(" nullable=").append(rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls);
                if (SIZED_BY_LENGTH.contains(jdbcType) || isBitString(jdbcType, typeName)) {
                    fact.append(" length=").append(rows.getLong("COLUMN_SIZE"));
                } else if (SIZED_BY_PRECISION.contains(jdbcType)) {
                    fact.append(" precision=").append(rows.getInt("COLUMN_SIZE"))
                            .append(" scale=").append(rows.getInt("DECIMAL_DIGITS"));
                } else if (SIZED_BY_FRACTION.contains(jdbcType)) {
                    fact.append(" fraction=").append(fractions.getOrDefault(lower(table) + "." + column,
                            rows.getInt("DECIMAL_DIGITS")));
                }
                if ("YES".equalsIgnoreCase(rows.getString("IS_AUTOINCREMENT"))) {
                    fact.append(" identity");
                }
                facts.add(fact.toString());
            }
        }
    }

    /** MariaDB's {@code bit(n)} has a length that matters; PostgreSQL reports {@code bool} as BIT too. */
    private static boolean isBitString(int jdbcType, String typeName) {
        return jdbcType == Types.BIT && typeName.startsWith("bit");
    }

    private List<String> primaryKey(String table) throws SQLException {
        Map<Integer, String> columns = new TreeMap<>();
        try (ResultSet rows = meta.getPrimaryKeys(space.catalog(), space.schema(), table)) {
            while (rows.next()) {
                columns.put(rows.getInt("KEY_SEQ"), lower(rows.getString("COLUMN_NAME")));
            }
        }
        return new ArrayList<>(columns.values());
    }

    private void foreignKeys(String table) throws SQLException {
        // Grouped by constraint name only to assemble multi-column keys; the name itself is not a fact.
        Map<String, Map<Integer, String[]>> keys = new TreeMap<>();
        Map<String, String> targets = new HashMap<>();
        Map<String, String> deleteRules = new HashMap<>();
        try (ResultSet rows = meta.getImportedKeys(space.catalog(), space.schema(), table)) {
            while (rows.next()) {
                String name = rows.getString("FK_NAME") + "/" + rows.getString("PKTABLE_NAME");
                keys.computeIfAbsent(name, k -> new TreeMap<>()).put(rows.getInt("KEY_SEQ"),
                        new String[] {lower(rows.getString("FKCOLUMN_NAME")), lower(rows.getString("PKCOLUMN_NAME"))});
                // The referenced table's namespace: a catalog on MariaDB, a schema elsewhere.
                String namespace = database.server() == ParityDialect.Server.MARIADB
                        ? rows.getString("PKTABLE_CAT") : rows.getString("PKTABLE_SCHEM");
                targets.put(name, qualified(database.labelOf(namespace), rows.getString("PKTABLE_NAME")));
                deleteRules.put(name, deleteRule(rows.getShort("DELETE_RULE")));
            }
        }
        for (Map.Entry<String, Map<Integer, String[]>> key : keys.entrySet()) {
            List<String> from = key.getValue().values().stream().map(pair -> pair[0]).toList();
            List<String> to = key.getValue().values().stream().map(pair -> pair[1]).toList();
            facts.add("fk " + named(table) + "(" + String.join(", ", from) + ") -> " + targets.get(key.getKey())
                    + "(" + String.join(", ", to) + ")" + deleteRules.get(key.getKey()));
        }
    }

    /** Only actions that change behaviour: servers differ on whether the default reads NO ACTION or RESTRICT. */
    private static String deleteRule(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> " on delete cascade";
            case DatabaseMetaData.importedKeySetNull -> " on delete set null";
            case DatabaseMetaData.importedKeySetDefault -> " on delete set default";
            default -> "";
        };
    }

    private void indexes(String table, Set<String> primaryKey) throws SQLException {
        Map<String, Map<Integer, String>> indexes = new TreeMap<>();
        Map<String, Boolean> unique = new HashMap<>();
        try (ResultSet rows = meta.getIndexInfo(space.catalog(), space.schema(), table, false, true)) {
            while (rows.next()) {
                String name = rows.getString("INDEX_NAME");
                String column = rows.getString("COLUMN_NAME");
                if (name == null || column == null || rows.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
                    continue;
                }
                String order = "D".equalsIgnoreCase(rows.getString("ASC_OR_DESC")) ? " desc" : "";
                indexes.computeIfAbsent(name, k -> new TreeMap<>()).put(rows.getInt("ORDINAL_POSITION"), lower(column) + order);
                unique.put(name, !rows.getBoolean("NON_UNIQUE"));
            }
        }
        for (Map.Entry<String, Map<Integer, String>> index : indexes.entrySet()) {
            List<String> columns = new ArrayList<>(index.getValue().values());
            if (unique.get(index.getKey())) {
                // A unique constraint, an inline unique and a unique index are one fact: the column set.
                Set<String> columnSet = new TreeSet<>(columns);
                if (!columnSet.equals(primaryKey)) {
                    facts.add("unique " + named(table) + "(" + String.join(", ", columnSet) + ")");
                }
            } else {
                // MariaDB and H2 index foreign-key columns by themselves; both sides run on the same server.
                facts.add("index " + named(table) + "(" + String.join(", ", columns) + ")");
            }
        }
    }

    private void sequences() throws SQLException {
        switch (database.server()) {
            case POSTGRESQL, H2 -> query("select sequence_name, start_value, increment from information_schema.sequences"
                    + " where sequence_schema = ?", rows -> facts.add("sequence " + named(rows.getString(1))
                            + " start=" + rows.getLong(2) + " increment=" + rows.getLong(3)));
            case MARIADB -> {
                List<String> names = new ArrayList<>();
                query("select table_name from information_schema.tables where table_schema = ? and table_type = 'SEQUENCE'",
                        rows -> names.add(rows.getString(1)));
                for (String name : names) {
                    try (Statement statement = database.connection().createStatement();
                            ResultSet rows = statement.executeQuery("select start_value, increment from `"
                                    + space.name() + "`.`" + name + "`")) {
                        rows.next();
                        facts.add("sequence " + named(name) + " start=" + rows.getLong(1) + " increment=" + rows.getLong(2));
                    }
                }
            }
        }
    }

    /**
     * The number of check constraints per table. Counted here rather than with {@code group by}: H2 2.3 splits the
     * groups of a {@code group by} over {@code information_schema.table_constraints} (one table, two rows of 1), which
     * the fact set then collapses into a wrong count.
     */
    private void checks() throws SQLException {
        String sql = switch (database.server()) {
            // pg_constraint, because PostgreSQL's information_schema lists every NOT NULL as a check too.
            case POSTGRESQL -> "select c.relname from pg_constraint k join pg_class c on c.oid = k.conrelid"
                    + " join pg_namespace n on n.oid = c.relnamespace where k.contype = 'c' and n.nspname = ?";
            case H2 -> "select table_name from information_schema.table_constraints"
                    + " where constraint_type = 'CHECK' and table_schema = ?";
            case MARIADB -> "select table_name from information_schema.check_constraints where constraint_schema = ?";
        };
        Map<String, Integer> counts = new TreeMap<>();
        query(sql, rows -> counts.merge(named(rows.getString(1)), 1, Integer::sum));
        counts.forEach((table, count) -> facts.add("checks " + table + "=" + count));
    }

    /**
     * Enum columns as their full type, values in the server's order: {@code enum('a','b')}. Without this,
     * H2 and MariaDB report only {@code enum} and a change of values would go unseen.
     */
    private Map<String, String> enumTypes() throws SQLException {
        Map<String, List<String>> values = new TreeMap<>();
        switch (database.server()) {
            case MARIADB -> query("select table_name, column_name, column_type from information_schema.columns"
                    + " where table_schema = ? and data_type in ('enum', 'set')",
                    rows -> values.put(lower(rows.getString(1)) + "." + lower(rows.getString(2)), List.of(rows.getString(3))));
            case H2 -> query("select c.table_name, c.column_name, e.value_name from information_schema.columns c"
                    + " join information_schema.enum_values e on e.object_schema = c.table_schema"
                    + " and e.object_name = c.table_name and e.object_type = 'TABLE' and e.enum_identifier = c.dtd_identifier"
                    + " where c.table_schema = ? order by c.table_name, c.column_name, e.value_ordinal",
                    rows -> values.computeIfAbsent(lower(rows.getString(1)) + "." + lower(rows.getString(2)),
                            k -> new ArrayList<>()).add("'" + rows.getString(3) + "'"));
            case POSTGRESQL -> {
                // Hibernate writes PostgreSQL enums as varchar plus a check unless told to use named types.
            }
        }
        Map<String, String> types = new HashMap<>();
        // Values keep their case: they are data, not names.
        values.forEach((column, list) -> types.put(column, database.server() == ParityDialect.Server.MARIADB
                ? list.get(0)
                : "enum(" + String.join(",", list) + ")"));
        return types;
    }

    /** MariaDB's driver reports 0 fractional digits for {@code datetime(6)}; its information schema knows better. */
    private Map<String, Integer> fractionalSeconds() throws SQLException {
        Map<String, Integer> fractions = new HashMap<>();
        if (database.server() == ParityDialect.Server.MARIADB) {
            query("select table_name, column_name, datetime_precision from information_schema.columns"
                    + " where table_schema = ? and datetime_precision is not null",
                    rows -> fractions.put(lower(rows.getString(1)) + "." + lower(rows.getString(2)), rows.getInt(3)));
        }
        return fractions;
    }

    @FunctionalInterface
    private interface RowConsumer {
        void accept(ResultSet rows) throws SQLException;
    }

    private void query(String sql, RowConsumer consumer) throws SQLException {
        try (PreparedStatement statement = database.connection().prepareStatement(sql)) {
            statement.setString(1, space.name());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(rows);
                }
            }
        }
    }

    private static String lower(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }
}
