package io.modeldoc.processor.migrate;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A table present in both models: its columns added, dropped and kept (matched by name, or by
 * {@code @RenamedFrom}).
 */
public record TableChange(Table from, Table to, List<Column> added, List<Column> dropped, List<ColumnChange> kept) {

    public TableChange {
        added = List.copyOf(added);
        dropped = List.copyOf(dropped);
        kept = List.copyOf(kept);
    }

    static TableChange of(Table from, Table to, Renames renames) {
        List<Column> added = new ArrayList<>();
        List<ColumnChange> kept = new ArrayList<>();
        List<String> matched = new ArrayList<>();
        for (Column column : to.columns()) {
            String source = renames.sourceColumn(to.name(), column.name());
            var previous = from.column(source).or(() -> from.column(column.name()));
            if (previous.isPresent()) {
                kept.add(new ColumnChange(previous.get(), column));
                matched.add(Renames.lower(previous.get().name()));
            } else {
                added.add(column);
            }
        }
        List<Column> dropped = from.columns().stream().filter(c -> !matched.contains(Renames.lower(c.name()))).toList();
        return new TableChange(from, to, added, dropped, kept);
    }

    public boolean renamed() {
        return !from.name().equalsIgnoreCase(to.name());
    }

    public boolean primaryKeyChanged() {
        List<String> before = from.primaryKey().stream().map(Renames::lower).toList();
        List<String> after = to.primaryKey().stream()
                .map(c -> kept.stream().filter(k -> k.to().name().equalsIgnoreCase(c)).map(k -> k.from().name()).findFirst().orElse(c))
                .map(Renames::lower).toList();
        return !before.equals(after);
    }
}
