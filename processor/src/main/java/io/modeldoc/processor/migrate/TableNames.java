package io.modeldoc.processor.migrate;

import io.modeldoc.processor.model.Namespace;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.sql.Dialect;
import java.util.HashMap;
import java.util.Map;

/**
 * How one migration's statements name each table: qualified by its schema or catalog exactly as the create
 * script qualifies it ({@link Dialect#qualified}), so that changes reach a table outside the default namespace.
 * Statements about the baseline's tables (drops, which run before the renames) name them by their old names;
 * the others by the new ones. A kept table that moved to another namespace is moved by hand before the
 * migration runs (a warning says so), so every statement about it finds it where the new model has it.
 */
final class TableNames {

    private final Dialect dialect;
    private final Map<String, Namespace> before = new HashMap<>();
    private final Map<String, Namespace> after = new HashMap<>();

    TableNames(SchemaDiff diff, Dialect dialect) {
        this.dialect = dialect;
        for (Table table : diff.from().tables()) {
            before.putIfAbsent(SchemaObjects.lower(table.name()), table.namespace());
        }
        for (Table table : diff.to().tables()) {
            after.putIfAbsent(SchemaObjects.lower(table.name()), table.namespace());
        }
        for (TableChange change : diff.kept()) {
            before.put(SchemaObjects.lower(change.from().name()), change.to().namespace());
        }
    }

    /** Where a table of the baseline is, by its name there. */
    Namespace namespaceBefore(String table) {
        return before.getOrDefault(SchemaObjects.lower(table), Namespace.DEFAULT);
    }

    /** A table of the baseline, by its name there, as SQL names it. */
    String before(String table) {
        return dialect.qualified(namespaceBefore(table), table);
    }

    /** Where a table of the new model is. */
    Namespace namespaceAfter(String table) {
        return after.getOrDefault(SchemaObjects.lower(table), Namespace.DEFAULT);
    }

    /** A table of the new model as SQL names it. */
    String after(String table) {
        return dialect.qualified(namespaceAfter(table), table);
    }
}
