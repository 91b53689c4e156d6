package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.model.UniqueKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the document needs to know about one table, looked up by column name in constant time.
 * Column names compare case-insensitively, as unquoted SQL names do.
 *
 * @param owner       the entity the table stores, or for a join table the entity that owns it;
 *                    {@code null} when no entity does
 * @param featureSlug the feature whose document shows the table; empty when none
 */
record TableFacts(Table table, Entity owner, String featureSlug, Map<String, Column> columns,
                  Set<String> primaryKey, Map<String, ForeignKey> foreignKeyOf, Set<String> uniqueColumns) {

    static TableFacts of(Table table, Entity owner) {
        Map<String, Column> columns = new HashMap<>();
        table.columns().forEach(c -> columns.putIfAbsent(key(c.name()), c));
        Set<String> primaryKey = new HashSet<>();
        table.primaryKey().forEach(c -> primaryKey.add(key(c)));
        Map<String, ForeignKey> foreignKeyOf = new HashMap<>();
        table.foreignKeys().forEach(fk -> fk.columns().forEach(c -> foreignKeyOf.putIfAbsent(key(c), fk)));
        Set<String> unique = new HashSet<>();
        table.columns().stream().filter(Column::unique).forEach(c -> unique.add(key(c.name())));
        table.uniqueKeys().stream().filter(uk -> uk.columns().size() == 1).forEach(uk -> unique.add(key(uk.columns().get(0))));
        return new TableFacts(table, owner, owner == null ? "" : owner.featureSlug(),
                Map.copyOf(columns), Set.copyOf(primaryKey), Map.copyOf(foreignKeyOf), Set.copyOf(unique));
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    String name() {
        return table.name();
    }

    Column column(String name) {
        return columns.get(key(name));
    }

    boolean inPrimaryKey(String column) {
        return primaryKey.contains(key(column));
    }

    boolean unique(String column) {
        return uniqueColumns.contains(key(column));
    }

    ForeignKey foreignKey(String column) {
        return foreignKeyOf.get(key(column));
    }

    /** Whether every column of the foreign key is not null: then each row has exactly one parent. */
    boolean required(ForeignKey fk) {
        return fk.columns().stream().map(this::column).allMatch(c -> c != null && !c.nullable());
    }

    /** Whether at most one row can point at each parent row (a one-to-one). */
    boolean uniqueReference(ForeignKey fk) {
        Set<String> cols = new HashSet<>();
        fk.columns().forEach(c -> cols.add(key(c)));
        if (cols.size() == 1 && unique(fk.columns().get(0))) {
            return true;
        }
        if (cols.equals(primaryKey)) {
            return true;
        }
        for (UniqueKey uk : table.uniqueKeys()) {
            if (cols.equals(new HashSet<>(uk.columns().stream().map(TableFacts::key).toList()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the key's columns are part of the primary key: an identifying relationship. */
    boolean identifying(ForeignKey fk) {
        return !fk.columns().isEmpty() && fk.columns().stream().allMatch(this::inPrimaryKey);
    }

    /** The columns of a key, lower-cased, in order. */
    static List<String> keys(List<String> columns) {
        return columns.stream().map(TableFacts::key).toList();
    }
}
