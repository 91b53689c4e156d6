package io.modeldoc.processor.migrate;

import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.Sequence;
import io.modeldoc.processor.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What changed from a source model to a target model, table by table, in the target's order.
 * Dialect-neutral: constraints are compared per dialect by {@link MigrationPlanner}, whose names
 * depend on the dialect's identifier limit.
 *
 * @param created tables only in the target
 * @param dropped tables only in the source
 * @param kept    tables in both, perhaps renamed
 */
public record SchemaDiff(DataModel from, DataModel to, Renames renames, List<Table> created, List<Table> dropped,
                         List<TableChange> kept) {

    public SchemaDiff {
        created = List.copyOf(created);
        dropped = List.copyOf(dropped);
        kept = List.copyOf(kept);
    }

    /** @param renames the target's names → the source's, from {@code @RenamedFrom} */
    public static SchemaDiff between(DataModel from, DataModel to, Renames renames) {
        List<Table> created = new ArrayList<>();
        List<TableChange> kept = new ArrayList<>();
        List<String> matched = new ArrayList<>();
        for (Table table : to.tables()) {
            // a @RenamedFrom left in place after the baseline caught up matches by the current name
            Optional<Table> previous = table(from, renames.sourceTable(table.name())).or(() -> table(from, table.name()));
            if (previous.isPresent()) {
                kept.add(TableChange.of(previous.get(), table, renames));
                matched.add(Renames.lower(previous.get().name()));
            } else {
                created.add(table);
            }
        }
        List<Table> dropped = from.tables().stream().filter(t -> !matched.contains(Renames.lower(t.name()))).toList();
        return new SchemaDiff(from, to, renames, created, dropped, kept);
    }

    public List<Sequence> createdSequences() {
        return to.sequences().stream().filter(s -> sequence(from, s.name()).isEmpty()).toList();
    }

    public List<Sequence> droppedSequences() {
        return from.sequences().stream().filter(s -> sequence(to, s.name()).isEmpty()).toList();
    }

    /** Sequences in both whose increment changed: (source, target) pairs. */
    public List<Sequence[]> changedSequences() {
        List<Sequence[]> changed = new ArrayList<>();
        for (Sequence sequence : to.sequences()) {
            sequence(from, sequence.name()).filter(s -> s.allocationSize() != sequence.allocationSize())
                    .ifPresent(s -> changed.add(new Sequence[] {s, sequence}));
        }
        return changed;
    }

    static Optional<Table> table(DataModel model, String name) {
        return model.tables().stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    private static Optional<Sequence> sequence(DataModel model, String name) {
        return model.sequences().stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }
}
