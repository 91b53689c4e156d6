package io.modeldoc.processor.check;

import io.modeldoc.processor.diag.Origin;
import io.modeldoc.processor.model.Check;
import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Index;
import io.modeldoc.processor.model.Namespace;
import io.modeldoc.processor.model.Sequence;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.model.UniqueKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Every name the model hands the scripts, with what it names and where it came from: tables (entity, secondary,
 * join and collection tables), their schemas and catalogs, columns (discriminators, order and map-key columns
 * included), indexes, unique, foreign-key and check constraints and the columns keys refer to, sequences and their
 * namespaces. {@code ModelNamesTest} sorts every text component of these model records into names (listed here) and
 * other text, so a new kind of name cannot reach SQL without being listed here.
 */
final class ModelNames {

    /** One name: what it names ({@code table}, {@code index}, …), as the model writes it, and where it came from. */
    record Name(String kind, String written, Origin origin) {
    }

    private ModelNames() {
    }

    static List<Name> of(CheckContext context) {
        List<Name> names = new ArrayList<>();
        for (Table table : context.model().tables()) {
            Origin origin = context.originOf(table);
            names.add(new Name("table", table.name(), origin));
            namespace(names, table.namespace(), origin);
            for (Column column : table.columns()) {
                names.add(new Name("column", column.name(), context.originOf(table, column)));
            }
            table.primaryKey().forEach(c -> names.add(new Name("column", c, origin)));
            for (Index index : table.indexes()) {
                names.add(new Name("index", index.name(), origin));
                index.columns().forEach(c -> names.add(new Name("column", c.name(), origin)));
            }
            for (UniqueKey key : table.uniqueKeys()) {
                names.add(new Name("unique constraint", key.name(), origin));
                key.columns().forEach(c -> names.add(new Name("column", c, origin)));
            }
            for (ForeignKey key : table.foreignKeys()) {
                names.add(new Name("foreign key", key.name(), origin));
                key.columns().forEach(c -> names.add(new Name("column", c, origin)));
                names.add(new Name("table", key.referencedTable(), origin));
                namespace(names, key.referencedNamespace(), origin);
                key.referencedColumns().forEach(c -> names.add(new Name("column", c, origin)));
            }
            for (Check check : table.checks()) {
                names.add(new Name("check constraint", check.name(), origin));
            }
        }
        for (Sequence sequence : context.model().sequences()) {
            Origin origin = context.originOf(sequence);
            names.add(new Name("sequence", sequence.name(), origin));
            namespace(names, sequence.namespace(), origin);
        }
        // An empty name is one the mapping left to the defaults: nothing to check.
        return names.stream().filter(n -> !n.written().isEmpty()).toList();
    }

    private static void namespace(List<Name> names, Namespace namespace, Origin origin) {
        names.add(new Name("catalog", namespace.catalog(), origin));
        names.add(new Name("schema", namespace.schema(), origin));
    }
}
