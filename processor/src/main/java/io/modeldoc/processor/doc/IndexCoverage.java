package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Index;
import io.modeldoc.processor.model.UniqueKey;
import io.modeldoc.processor.sql.ConstraintNamer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The rows of the index table of one table: its primary key, unique keys and indexes, each with
 * the foreign keys it serves (its leading columns are the key's columns), and, where the database
 * does not index foreign keys itself, a row for each foreign key no index serves.
 */
final class IndexCoverage {

    private final ConstraintNamer namer;
    private final boolean flagUnindexedForeignKeys;

    /** @param flagUnindexedForeignKeys whether the database leaves foreign keys unindexed (PostgreSQL does) */
    IndexCoverage(ConstraintNamer namer, boolean flagUnindexedForeignKeys) {
        this.namer = namer;
        this.flagUnindexedForeignKeys = flagUnindexedForeignKeys;
    }

    /** A key or index: what the database can search by. */
    private record Access(String name, List<String> columns, List<String> display, String kind, List<String> serves) {
    }

    List<DatabaseSchemaSection.IndexRow> rows(TableFacts table) {
        List<Access> accesses = new ArrayList<>();
        if (!table.table().primaryKey().isEmpty()) {
            accesses.add(access("", table.table().primaryKey(), table.table().primaryKey(), "primary key"));
        }
        for (Column column : table.table().columns()) {
            if (column.unique()) {
                UniqueKey key = new UniqueKey("", List.of(column.name()));
                accesses.add(access(namer.uniqueKey(table.table(), key), key.columns(), key.columns(), "unique"));
            }
        }
        for (UniqueKey key : table.table().uniqueKeys()) {
            accesses.add(access(namer.uniqueKey(table.table(), key), key.columns(), key.columns(), "unique"));
        }
        for (Index index : table.table().indexes()) {
            List<String> names = index.columns().stream().map(Index.IndexColumn::name).toList();
            List<String> display = index.columns().stream()
                    .map(c -> c.order().isBlank() ? c.name() : c.name() + " " + c.order()).toList();
            accesses.add(access(namer.index(table.table(), index), names, display, index.unique() ? "unique index" : "index"));
        }
        List<DatabaseSchemaSection.IndexRow> missing = new ArrayList<>();
        for (ForeignKey fk : table.table().foreignKeys()) {
            String fkName = Markdown.codeCell(namer.foreignKey(table.table(), fk));
            Access serving = accesses.stream().filter(a -> leads(a.columns(), fk.columns())).findFirst().orElse(null);
            if (serving != null) {
                serving.serves().add("foreign key " + fkName);
            } else if (flagUnindexedForeignKeys) {
                missing.add(new DatabaseSchemaSection.IndexRow("—", Markdown.codeCell(table.name()),
                        Markdown.codeCell(String.join(", ", fk.columns())), "**missing**",
                        "foreign key " + fkName + ": PostgreSQL does not index foreign keys; deleting or updating a "
                                + Markdown.codeCell(fk.referencedTable()) + " row scans " + Markdown.codeCell(table.name())));
            }
        }
        List<DatabaseSchemaSection.IndexRow> rows = new ArrayList<>();
        for (Access a : accesses) {
            rows.add(new DatabaseSchemaSection.IndexRow(Markdown.codeCell(a.name()), Markdown.codeCell(table.name()),
                    Markdown.codeCell(String.join(", ", a.display())), a.kind(), String.join(", ", a.serves())));
        }
        rows.addAll(missing);
        return rows;
    }

    private static Access access(String name, List<String> columns, List<String> display, String kind) {
        return new Access(name, TableFacts.keys(columns), display, kind, new ArrayList<>());
    }

    /** Whether the index's leading columns are exactly the key's columns, in any order. */
    private static boolean leads(List<String> indexColumns, List<String> keyColumns) {
        if (keyColumns.isEmpty() || indexColumns.size() < keyColumns.size()) {
            return false;
        }
        return new HashSet<>(indexColumns.subList(0, keyColumns.size())).equals(new HashSet<>(TableFacts.keys(keyColumns)));
    }
}
