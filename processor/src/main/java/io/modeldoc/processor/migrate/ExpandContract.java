package io.modeldoc.processor.migrate;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Sequence;
import io.modeldoc.processor.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Expand/contract ({@code modeldoc.migration.drops=later}): the schema between two releases, which both the old release
 * and the new one can use. It is the new model plus what the new model drops: dropped columns stay, made nullable so
 * that the new release can insert without them, and dropped tables and sequences stay as they were. The migration goes
 * from the baseline to it, and a second script of the same version from it to the new model, once the old release is
 * gone; each is undone by the plan the other way.
 */
final class ExpandContract {

    private ExpandContract() {
    }

    static DataModel intermediate(DataModel baseline, DataModel current, Renames renames) {
        SchemaDiff diff = SchemaDiff.between(baseline, current, renames);
        List<Table> tables = new ArrayList<>();
        for (Table table : current.tables()) {
            TableChange change = diff.kept().stream().filter(k -> k.to() == table).findFirst().orElse(null);
            if (change == null || change.dropped().isEmpty()) {
                tables.add(table);
                continue;
            }
            List<Column> columns = new ArrayList<>(table.columns());
            change.dropped().forEach(column -> columns.add(column.withNullable(true)));
            tables.add(new Table(table.name(), table.entity(), table.comment(), columns, table.primaryKey(), table.foreignKeys(),
                    table.uniqueKeys(), table.indexes(), table.checks(), table.renamedFrom(), table.namespace(), table.secondaryOf()));
        }
        for (Table dropped : diff.dropped()) {
            // a key to a table that the new model renamed or dropped would point nowhere
            List<ForeignKey> keys = dropped.foreignKeys().stream()
                    .filter(k -> current.tables().stream().anyMatch(t -> t.name().equalsIgnoreCase(k.referencedTable()))
                            || diff.dropped().stream().anyMatch(t -> t.name().equalsIgnoreCase(k.referencedTable())))
                    .toList();
            tables.add(new Table(dropped.name(), dropped.entity(), dropped.comment(), dropped.columns(), dropped.primaryKey(), keys,
                    dropped.uniqueKeys(), dropped.indexes(), dropped.checks(), "", dropped.namespace(), dropped.secondaryOf()));
        }
        tables.sort(Comparator.comparing(t -> t.name().toLowerCase(Locale.ROOT)));
        List<Sequence> sequences = new ArrayList<>(current.sequences());
        sequences.addAll(diff.droppedSequences());
        sequences.sort(Comparator.comparing(Sequence::name));
        return new DataModel(current.features(), current.entities(), tables, sequences, current.externals());
    }
}
