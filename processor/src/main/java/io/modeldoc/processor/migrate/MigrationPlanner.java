package io.modeldoc.processor.migrate;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.Namespace;
import io.modeldoc.processor.model.Sequence;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.sql.ConstraintNamer;
import io.modeldoc.processor.sql.Dialect;
import io.modeldoc.processor.sql.SchemaPlanner;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns a {@link SchemaDiff} into one dialect's migration: the statements grouped by {@link Phase},
 * each table's in the target model's order, plus warnings for what the script cannot do safely.
 * Create statements come from the {@link SchemaPlanner}; only changes to existing objects are
 * spelled here, through the dialect's {@link io.modeldoc.processor.sql.AlterSyntax}.
 */
public final class MigrationPlanner {

    private final Dialect dialect;
    private final ConstraintNamer namer;

    public MigrationPlanner(Dialect dialect, ConstraintNamer namer) {
        this.dialect = dialect;
        this.namer = namer;
    }

    public Migration plan(SchemaDiff diff) {
        SchemaPlanner planner = new SchemaPlanner(dialect, namer);
        SchemaObjects before = new SchemaObjects(diff.from(), planner, namer, dialect);
        SchemaObjects after = new SchemaObjects(diff.to(), planner, namer, dialect);
        TableNames names = new TableNames(diff, dialect);
        Map<Phase, List<String>> steps = new EnumMap<>(Phase.class);
        List<String> warnings = new ArrayList<>();
        List<DataLoss> losses = new ArrayList<>();
        Set<String> keptBefore = diff.kept().stream().map(k -> lower(k.from().name())).collect(Collectors.toCollection(TreeSet::new));
        foreignKeys(diff, before, after, keptBefore, names, steps);
        Set<String> keptAfter = diff.kept().stream().map(k -> lower(k.to().name())).collect(Collectors.toCollection(TreeSet::new));
        constraints(before.uniqueKeys, after.uniqueKeys, keptBefore, keptAfter, names,
                (table, namespace, key) -> dialect.dropUniqueKey(table, key.name(), key.nullableColumns()), steps);
        constraints(before.checks, after.checks, keptBefore, keptAfter, names,
                (table, namespace, check) -> dialect.dropCheck(table, check.name()), steps);
        constraints(before.indexes, after.indexes, keptBefore, keptAfter, names,
                (table, namespace, index) -> dialect.dropIndex(table, namespace, index.name()), steps);
        // A new schema or catalog is created as the create script creates it; an emptied one is left: it may hold more.
        List<String> existing = before.createNamespaces();
        add(steps, Phase.CREATE_NAMESPACES, after.createNamespaces().stream().filter(sql -> !existing.contains(sql)).toList());
        for (Sequence sequence : diff.createdSequences()) {
            add(steps, Phase.CREATE_SEQUENCES, dialect.createSequence(sequence));
        }
        for (Sequence[] pair : diff.changedSequences()) {
            add(steps, Phase.ALTER_COLUMNS, dialect.alterSequence(pair[1]));
        }
        for (Table table : diff.created()) {
            add(steps, Phase.CREATE_TABLES, after.createTable(table.name()));
        }
        for (TableChange change : diff.kept()) {
            tableChange(change, after, names, steps, warnings, losses);
            movedWarning(change, warnings);
        }
        for (Table table : diff.dropped()) {
            add(steps, Phase.DROP_TABLES, List.of(dialect.dropTable(names.before(table.name()))));
            losses.add(new DataLoss(table.name(), "", "table " + table.name() + " is dropped with all its rows", true));
        }
        for (Sequence sequence : diff.droppedSequences()) {
            add(steps, Phase.DROP_SEQUENCES, dialect.dropSequence(sequence));
        }
        List<String> statements = new ArrayList<>();
        steps.values().forEach(statements::addAll);
        return new Migration(dialect.name(), statements, dialect.transactionalDdl() ? dialect.beginTransaction() : "", warnings,
                losses);
    }

    private void foreignKeys(SchemaDiff diff, SchemaObjects before, SchemaObjects after, Set<String> keptBefore,
                             TableNames names, Map<Phase, List<String>> steps) {
        Set<String> wanted = after.foreignKeys.stream().map(SchemaObjects.Named::create).collect(Collectors.toSet());
        Set<String> kept = new TreeSet<>();
        for (SchemaObjects.Named key : before.foreignKeys) {
            boolean keep = wanted.contains(key.create()) && !(dialect.foreignKeysOwnIndexes() && losesIndex(key, before, after));
            if (keep) {
                kept.add(key.create());
                continue;
            }
            add(steps, Phase.DROP_FOREIGN_KEYS, List.of(dialect.dropForeignKey(names.before(key.table()), key.name())));
            Table table = SchemaDiff.table(diff.from(), key.table()).orElseThrow();
            if (dialect.foreignKeysOwnIndexes() && keptBefore.contains(lower(key.table()))
                    && !before.indexed(key.table(), key.columns(), table.primaryKey())) {
                // the index the database made for the key outlives it
                add(steps, Phase.DROP_FOREIGN_KEYS, List.of(dialect.dropIndex(names.before(key.table()),
                        names.namespaceBefore(key.table()), key.name())));
            }
        }
        for (SchemaObjects.Named key : after.foreignKeys) {
            if (!kept.contains(key.create())) {
                add(steps, Phase.ADD_FOREIGN_KEYS, List.of(key.create()));
            }
        }
    }

    /** Whether an index or unique key that the key may be using is dropped (MySQL refuses that while the key exists). */
    private static boolean losesIndex(SchemaObjects.Named key, SchemaObjects before, SchemaObjects after) {
        Set<String> remaining = new TreeSet<>();
        after.indexes.forEach(i -> remaining.add(i.create()));
        after.uniqueKeys.forEach(u -> remaining.add(u.create()));
        return Stream.concat(before.indexes.stream(), before.uniqueKeys.stream())
                .anyMatch(i -> i.table().equals(key.table()) && SchemaObjects.startsWith(i.columns(), key.columns())
                        && !remaining.contains(i.create()));
    }

    /** Drops and adds the constraints of kept tables; created and dropped tables take theirs along. */
    private static void constraints(List<SchemaObjects.Named> before, List<SchemaObjects.Named> after, Set<String> keptBefore,
                                    Set<String> keptAfter, TableNames names, Drop drop, Map<Phase, List<String>> steps) {
        Set<String> wanted = after.stream().map(SchemaObjects.Named::create).collect(Collectors.toSet());
        Set<String> existing = before.stream().map(SchemaObjects.Named::create).collect(Collectors.toSet());
        for (SchemaObjects.Named object : before) {
            if (keptBefore.contains(lower(object.table())) && !wanted.contains(object.create())) {
                add(steps, Phase.DROP_CONSTRAINTS, List.of(drop.sql(names.before(object.table()),
                        names.namespaceBefore(object.table()), object)));
            }
        }
        for (SchemaObjects.Named object : after) {
            if (keptAfter.contains(lower(object.table())) && !existing.contains(object.create())) {
                add(steps, Phase.ADD_CONSTRAINTS, List.of(object.create()));
            }
        }
    }

    /**
     * Tables are matched by name whatever their schema or catalog, so a table moved to another one is kept, not
     * dropped with its rows; the move itself is not scripted, which is said as a warning.
     */
    private void movedWarning(TableChange change, List<String> warnings) {
        String was = dialect.qualified(change.from().namespace(), change.from().name());
        String now = dialect.qualified(change.to().namespace(), change.from().name());
        if (!was.equalsIgnoreCase(now)) {
            warnings.add("table " + change.to().name() + " moved from " + was + " to " + now + "; the migration does not move it: "
                    + "move it by hand first (PostgreSQL: alter table ... set schema ...; MySQL and MariaDB: rename table ... to ...)");
        }
    }

    private void tableChange(TableChange change, SchemaObjects after, TableNames names, Map<Phase, List<String>> steps,
                             List<String> warnings, List<DataLoss> losses) {
        String from = change.from().name();
        String table = change.to().name();
        String sqlTable = names.after(table);
        if (change.renamed()) {
            add(steps, Phase.RENAME_TABLES, List.of(dialect.renameTable(change.to().namespace(), from, table)));
        }
        if (!change.from().comment().equals(change.to().comment())) {
            add(steps, Phase.ALTER_COLUMNS, List.of(dialect.tableComment(change.to().namespace(), table, change.to().comment())));
        }
        if (change.primaryKeyChanged()) {
            warnings.add("the primary key of table " + table + " changed; change it by hand (the migration leaves it as it was)");
        }
        Map<String, String> definitions = after.columnDefinitions(change.to());
        for (Column column : change.added()) {
            add(steps, Phase.ADD_COLUMNS, List.of(dialect.addColumn(sqlTable, definitions.get(lower(column.name())))));
            if (!column.nullable() && !column.identity() && !NotNullColumns.hasDefault(column)) {
                warnings.add(NotNullColumns.warning(table, column, dialect));
            }
        }
        for (ColumnChange kept : change.kept()) {
            if (kept.renamed()) {
                add(steps, Phase.RENAME_COLUMNS, List.of(dialect.renameColumn(sqlTable, kept.from().name(), kept.to().name())));
            }
            columnChange(table, from, names, kept, steps, warnings, losses);
        }
        for (Column column : change.dropped()) {
            if (dialect.namesColumnChecks() && !dialect.checkConditions(column).isEmpty()) {
                // the database refuses to drop a column that a check refers to
                add(steps, Phase.DROP_COLUMNS, List.of(dialect.dropColumnCheck(sqlTable, dialect.columnCheckName(from, column.name()))));
            }
            add(steps, Phase.DROP_COLUMNS, List.of(dialect.dropColumn(sqlTable, column.name())));
            losses.add(new DataLoss(table, column.name(), "column " + table + "." + column.name() + " is dropped with its values", true));
        }
    }

    private void columnChange(String table, String from, TableNames names, ColumnChange kept, Map<Phase, List<String>> steps,
                              List<String> warnings, List<DataLoss> losses) {
        boolean checkOnly = dialect.checksTravelWithColumn() && kept.checkChanged(dialect);
        boolean type = kept.typeChanged(dialect) || checkOnly;
        boolean nullability = kept.nullabilityChanged();
        boolean comment = kept.commentChanged();
        if (type || nullability || comment && dialect.inlineComments()) {
            List<String> alter = dialect.alterColumn(names.after(table), kept.to(), type, nullability, comment);
            add(steps, Phase.ALTER_COLUMNS, type ? guarded(table, names, kept, alter, losses) : alter);
        }
        if (!type && ChangeWords.narrows(kept) && kept.checkChanged(dialect)) {
            losses.add(new DataLoss(table, kept.to().name(), narrowing(table, kept)
                    + ": the new check is checked against every row, one that does not fit stops the script", false));
        }
        if (comment && !dialect.inlineComments()) {
            add(steps, Phase.ALTER_COLUMNS, List.of(dialect.columnComment(names.namespaceAfter(table), table, kept.to())));
        }
        if (nullability && !kept.to().nullable()) {
            warnings.add("column " + table + "." + kept.to().name() + " becomes not null: the migration fails while a row "
                    + "holds null there; fill those rows first");
        }
        // A check named after its table and column is made anew when they are renamed; on SQL Server it also blocks
        // alter column, so it is dropped before the column changes and added after.
        boolean recreateCheck = dialect.namesColumnChecks() && !dialect.checkConditions(kept.from()).isEmpty()
                && (type || nullability || kept.renamed() || !from.equalsIgnoreCase(table));
        if ((kept.checkChanged(dialect) || recreateCheck) && !dialect.checksTravelWithColumn()) {
            String oldName = dialect.columnCheckName(from, kept.from().name());
            String newName = dialect.columnCheckName(table, kept.to().name());
            if (oldName.isEmpty()) {
                warnings.add("the check of column " + table + "." + kept.to().name() + " changed, but " + dialect.name()
                        + " names column checks itself; replace it by hand");
                return;
            }
            add(steps, Phase.DROP_CONSTRAINTS, List.of(dialect.dropColumnCheck(names.before(from), oldName)));
            List<String> conditions = dialect.checkConditions(kept.to());
            if (!conditions.isEmpty()) {
                add(steps, Phase.ADD_CONSTRAINTS, List.of(dialect.addCheck(names.after(table), newName, String.join(" and ", conditions))));
            }
        }
    }

    /**
     * The statements changing a column's type, behind a check that every row fits the new type where it narrows: the
     * databases do not all refuse a value that does not fit (see {@link NarrowingGuard}), a failed check does. The check
     * stays while the column changes where that commits on its own, so that no row that does not fit slips in between;
     * inside a transaction it is dropped first, as SQL Server refuses to alter a column that a check names.
     */
    private List<String> guarded(String table, TableNames names, ColumnChange kept, List<String> alter, List<DataLoss> losses) {
        if (!ChangeWords.narrows(kept)) {
            return alter;
        }
        String change = narrowing(table, kept);
        var condition = NarrowingGuard.condition(kept, dialect);
        if (condition.isEmpty()) {
            losses.add(new DataLoss(table, kept.to().name(), change + ": values that do not fit may be cut, rounded or replaced", false));
            return alter;
        }
        String sqlTable = names.after(table);
        String guard = NarrowingGuard.name(table, kept.to().name(), dialect);
        losses.add(new DataLoss(table, kept.to().name(), change + ": checked first (" + guard + "), a row that does not fit stops the script and keeps its value",
                false));
        List<String> statements = new ArrayList<>();
        statements.add(dialect.addCheck(sqlTable, guard, condition.get()));
        if (dialect.transactionalDdl()) {
            statements.add(dialect.dropCheck(sqlTable, guard));
            statements.addAll(alter);
        } else {
            statements.addAll(alter);
            statements.add(dialect.dropCheck(sqlTable, guard));
        }
        return statements;
    }

    /** {@code column t.c narrows from varchar(150) to varchar(100)}, or from one list of enum constants to another. */
    private String narrowing(String table, ColumnChange kept) {
        String before = dialect.columnType(kept.from());
        String after = dialect.columnType(kept.to());
        if (before.equals(after)) {
            before = "constants " + String.join(", ", kept.from().enumValues());
            after = String.join(", ", kept.to().enumValues());
        }
        return "column " + table + "." + kept.to().name() + " narrows from " + before + " to " + after;
    }

    private static void add(Map<Phase, List<String>> steps, Phase phase, List<String> statements) {
        steps.computeIfAbsent(phase, p -> new ArrayList<>()).addAll(statements);
    }

    private static String lower(String name) {
        return SchemaObjects.lower(name);
    }

    @FunctionalInterface
    private interface Drop {
        /** Drops {@code object} of {@code table} (as SQL names it, in {@code namespace}). */
        String sql(String table, Namespace namespace, SchemaObjects.Named object);
    }
}
