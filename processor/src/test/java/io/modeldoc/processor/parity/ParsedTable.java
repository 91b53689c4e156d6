package io.modeldoc.processor.parity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One table of a {@link ScriptCatalog}, as its statements built it: columns, keys, indexes and the number of checks,
 * all names already in the form facts use. Foreign keys keep their referenced columns empty when the statement
 * named none, until the referenced table's primary key is known.
 */
final class ParsedTable {

    /** A column: its type part ({@link ParsedTypes.Sized}), nullability and whether it is an identity. */
    record ParsedColumn(ParsedTypes.Sized type, boolean notNull, boolean identity) {
    }

    /** A foreign key; {@code referencedColumns} empty means the referenced table's primary key. */
    record ForeignKey(List<String> columns, String referencedTable, List<String> referencedColumns, String onDelete) {
    }

    final String name;
    final Map<String, ParsedColumn> columns = new LinkedHashMap<>();
    final List<String> primaryKey = new ArrayList<>();
    /** Each unique key as its sorted columns, with its filter for a filtered index ({@code  where c is not null}). */
    final Set<String> uniqueKeys = new TreeSet<>();
    final List<String> indexes = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    int checks;

    ParsedTable(String name) {
        this.name = name;
    }

    void addColumn(String column, ParsedColumn parsed) {
        if (columns.putIfAbsent(column, parsed) != null) {
            throw new AssertionError("column " + name + "." + column + " is created twice");
        }
    }

    /** A unique key over {@code columns}; {@code filter} is empty or a filtered index's {@code where} condition. */
    void addUnique(List<String> columns, String filter) {
        requireColumns(columns);
        uniqueKeys.add(String.join(", ", new TreeSet<>(columns)) + ")" + (filter.isEmpty() ? "" : " where " + filter));
    }

    void requireColumns(List<String> names) {
        for (String column : names) {
            if (!columns.containsKey(column)) {
                throw new AssertionError("table " + name + " has no column " + column + " (it has " + columns.keySet() + ")");
            }
        }
    }

    /**
     * The facts, in {@link CatalogReader}'s form: a primary key's columns are not null, and a unique key that is the
     * primary key is no unique fact of its own.
     */
    List<String> facts(Map<String, ParsedTable> tables) {
        List<String> facts = new ArrayList<>();
        facts.add("table " + name);
        columns.forEach((column, parsed) -> facts.add("column " + name + "." + column + " type=" + parsed.type().name()
                + " nullable=" + !(parsed.notNull() || parsed.identity() || primaryKey.contains(column))
                + parsed.type().size() + (parsed.identity() ? " identity" : "")));
        if (!primaryKey.isEmpty()) {
            facts.add("pk " + name + "(" + String.join(", ", primaryKey) + ")");
        }
        String primaryKeySet = String.join(", ", new TreeSet<>(primaryKey)) + ")";
        uniqueKeys.stream().filter(key -> !key.equals(primaryKeySet)).forEach(key -> facts.add("unique " + name + "(" + key));
        indexes.forEach(index -> facts.add("index " + name + "(" + index + ")"));
        for (ForeignKey key : foreignKeys) {
            ParsedTable target = tables.get(key.referencedTable());
            if (target == null) {
                throw new AssertionError("a foreign key of " + name + " references " + key.referencedTable() + ", which no statement creates");
            }
            List<String> referenced = key.referencedColumns().isEmpty() ? target.primaryKey : key.referencedColumns();
            target.requireColumns(referenced);
            facts.add("fk " + name + "(" + String.join(", ", key.columns()) + ") -> " + key.referencedTable()
                    + "(" + String.join(", ", referenced) + ")" + key.onDelete());
        }
        if (checks > 0) {
            facts.add("checks " + name + "=" + checks);
        }
        return facts;
    }
}
