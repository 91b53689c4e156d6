package io.modeldoc.processor.migrate;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.SqlType;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.sql.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Changes in words, for the document's Modified Entities and Risk Assessment. Plain text:
 * the document planner escapes it.
 */
public final class ChangeWords {

    /** Type changes that keep every value: the target type holds all of the source type's. */
    private static final Set<String> WIDENINGS = Set.of("TINYINT>SMALLINT", "TINYINT>INTEGER", "TINYINT>BIGINT",
            "SMALLINT>INTEGER", "SMALLINT>BIGINT", "INTEGER>BIGINT", "FLOAT>DOUBLE", "CHAR>VARCHAR", "VARCHAR>CLOB",
            "VARBINARY>BLOB", "DATE>TIMESTAMP", "ENUM_STRING>VARCHAR");

    private final Dialect dialect;

    public ChangeWords(Dialect dialect) {
        this.dialect = dialect;
    }

    /** {@code name varchar(40) → varchar(80), now not null} and the like; empty for an unchanged column. */
    public String modified(ColumnChange change) {
        List<String> what = new ArrayList<>();
        String before = dialect.columnType(change.from());
        String after = dialect.columnType(change.to());
        if (change.renamed()) {
            what.add("renamed from " + change.from().name() + " (@RenamedFrom; rows kept)");
        }
        if (!before.equals(after)) {
            what.add(narrows(change) ? "type narrowed: values that do not fit are lost or stop the migration" : "type widened");
        }
        if (change.from().nullable() != change.to().nullable()) {
            what.add(change.to().nullable() ? "now nullable" : "now not null: rows holding null must be filled first");
        }
        if (change.from().unique() != change.to().unique()) {
            what.add(change.to().unique() ? "now unique" : "no longer unique");
        }
        if (!change.from().enumValues().equals(change.to().enumValues()) && before.equals(after)) {
            what.add("enum constants now " + String.join(", ", change.to().enumValues()));
        }
        if (change.commentChanged()) {
            what.add("comment changed");
        }
        if (!change.from().checks().equals(change.to().checks())) {
            what.add("check now " + (change.to().checks().isEmpty() ? "none" : String.join(" and ", change.to().checks())));
        }
        return what.isEmpty() ? "" : before + " → " + after + ": " + String.join("; ", what);
    }

    /** Whether some value of the old column may not fit the new one. */
    public static boolean narrows(ColumnChange change) {
        Column from = change.from();
        Column to = change.to();
        if (from.type() != to.type()) {
            return !WIDENINGS.contains(from.type() + ">" + to.type());
        }
        if (to.type() == SqlType.ENUM_STRING || to.type() == SqlType.ENUM_ORDINAL) {
            return !to.enumValues().containsAll(from.enumValues());
        }
        return to.length() < from.length() || to.precision() < from.precision() || to.scale() < from.scale()
                || to.precision() - to.scale() < from.precision() - from.scale();
    }

    /** The data-loss risks of a kept table: dropped columns, narrowed types, and drops that may be unannotated renames. */
    public List<String> dataLoss(TableChange change) {
        List<String> risks = new ArrayList<>();
        String table = change.to().name();
        for (Column column : change.dropped()) {
            risks.add("Column " + table + "." + column.name() + " is dropped: its data is lost when the migration runs"
                    + (change.added().isEmpty() ? "" : renameHint(change.added(), column.name())));
        }
        for (ColumnChange kept : change.kept()) {
            if (!dialect.columnType(kept.from()).equals(dialect.columnType(kept.to())) && narrows(kept)) {
                risks.add("Column " + table + "." + kept.to().name() + " narrows from " + dialect.columnType(kept.from()) + " to "
                        + dialect.columnType(kept.to()) + ": values that do not fit make the migration fail or are cut");
            }
        }
        return risks;
    }

    /** The data-loss risk of a dropped table. */
    public String dataLoss(Table dropped, List<Table> created) {
        return "Table " + dropped.name() + " is dropped with all its rows" + (created.isEmpty() ? "" : renameHint(created.stream()
                .map(t -> Column.of(t.name(), SqlType.BIGINT).withNullable(true)).toList(),
                dropped.name()));
    }

    private static String renameHint(List<Column> added, String old) {
        return " (if " + added.get(0).name() + " is " + old + " renamed, annotate it with @RenamedFrom(\"" + old
                + "\") to keep the data)";
    }
}
