package io.modeldoc.processor.sql;

import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Namespace;
import io.modeldoc.processor.model.Sequence;
import io.modeldoc.processor.model.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Turns a data model into the create script of one dialect, in Hibernate's order (its
 * {@code SchemaCreatorImpl}): sequences, then each table with its comments, indexes and added
 * unique keys, then every foreign key, so tables may refer to each other in cycles. Columns keep
 * the model's declaration order. MySQL's table-emulated sequences sit among the tables by name, as
 * Hibernate places them.
 */
public final class SchemaPlanner {

    private final Dialect dialect;
    private final ConstraintNamer namer;
    private final TableStatements tableStatements;

    public SchemaPlanner(Dialect dialect, ConstraintNamer namer) {
        this.dialect = dialect;
        this.namer = namer;
        this.tableStatements = new TableStatements(dialect, namer);
    }

    /**
     * The script of {@code model}, tables and sequences in the model's order (both sorted by
     * lower-cased name).
     *
     * @throws IllegalStateException if a statement broke the rule that no line inside it ends in
     *                               {@code ;} (it would split the script in the wrong place)
     */
    public SqlScript plan(DataModel model) {
        List<Statement> statements = new ArrayList<>();
        for (Namespace namespace : namespaces(model)) {
            dialect.createNamespace(namespace).forEach(sql -> statements.add(new Statement(Statement.Kind.NAMESPACE, "", sql)));
        }
        // Sequences that are tables wait for their place among the tables; the others go first
        List<Sequence> sequenceTables = new ArrayList<>();
        for (Sequence sequence : model.sequences()) {
            if (dialect.sequencesAreTables()) {
                sequenceTables.add(sequence);
            } else {
                addSequence(statements, sequence);
            }
        }
        for (Table table : model.tables()) {
            while (!sequenceTables.isEmpty() && sortKey(sequenceTables.get(0).name()).compareTo(sortKey(table.name())) < 0) {
                addSequence(statements, sequenceTables.remove(0));
            }
            statements.addAll(tableStatements.of(table));
        }
        sequenceTables.forEach(sequence -> addSequence(statements, sequence));
        // Foreign keys look up the table they reference: index the tables once, not per key.
        Map<String, Table> byName = new HashMap<>();
        model.tables().forEach(t -> byName.putIfAbsent(sortKey(t.namespace(), t.name()), t));
        // Another module's table is created by that module's script, but its key is referenced as any other.
        model.externals().forEach(e -> byName.putIfAbsent(sortKey(e.table().namespace(), e.table().name()), e.table()));
        for (Table table : model.tables()) {
            for (ForeignKey foreignKey : table.foreignKeys()) {
                statements.add(new Statement(Statement.Kind.FOREIGN_KEY, table.name(), addForeignKey(byName, table, foreignKey)));
            }
        }
        statements.forEach(SchemaPlanner::requireSplittable);
        return new SqlScript(dialect.name(), statements);
    }

    private void addSequence(List<Statement> statements, Sequence sequence) {
        dialect.createSequence(sequence).forEach(sql -> statements.add(new Statement(Statement.Kind.SEQUENCE, "", sql)));
    }

    private String addForeignKey(Map<String, Table> tables, Table table, ForeignKey foreignKey) {
        String name = namer.foreignKey(table, foreignKey);
        StringBuilder sql = new StringBuilder(dialect.alterTable(dialect.qualified(table.namespace(), table.name()))).append(" add ");
        if (!name.isEmpty()) {
            sql.append("constraint ").append(dialect.identifier(name)).append(' ');
        }
        sql.append("foreign key (").append(TableStatements.list(dialect, foreignKey.columns()))
                .append(") references ").append(dialect.qualified(foreignKey.referencedNamespace(), foreignKey.referencedTable()));
        List<String> primaryKey = primaryKeyOf(tables, foreignKey);
        List<String> referenced = foreignKey.referencedColumns().isEmpty() ? primaryKey : foreignKey.referencedColumns();
        // A key other than the referenced table's primary key is always named.
        if (dialect.foreignKeyListsReferencedColumns() || !referenced.equals(primaryKey)) {
            sql.append(" (").append(TableStatements.list(dialect, referenced)).append(')');
        }
        return sql.toString();
    }

    /** The primary key of the table a foreign key references; empty when that table is not in the model. */
    private static List<String> primaryKeyOf(Map<String, Table> tables, ForeignKey foreignKey) {
        Table referenced = tables.get(sortKey(foreignKey.referencedNamespace(), foreignKey.referencedTable()));
        return referenced == null ? List.of() : referenced.primaryKey();
    }

    /**
     * The namespaces other than the default that tables and sequences live in, each once, sorted:
     * {@link Namespace} parts this dialect does not use are left out, so two namespaces that differ only
     * there are created once.
     */
    private SortedSet<Namespace> namespaces(DataModel model) {
        SortedSet<Namespace> namespaces = new TreeSet<>(Comparator.comparing(Namespace::catalog).thenComparing(Namespace::schema));
        List<Namespace> used = new ArrayList<>();
        model.sequences().forEach(s -> used.add(s.namespace()));
        model.tables().forEach(t -> used.add(t.namespace()));
        for (Namespace namespace : used) {
            Namespace relevant = Namespace.of(dialect.usesCatalogs() ? namespace.catalog() : "",
                    dialect.usesSchemas() ? namespace.schema() : "");
            if (!relevant.isDefault()) {
                namespaces.add(relevant);
            }
        }
        return namespaces;
    }

    private static String sortKey(Namespace namespace, String name) {
        return sortKey(namespace.qualify(name));
    }

    private static String sortKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static void requireSplittable(Statement statement) {
        for (String line : statement.sql().split("\n", -1)) {
            if (line.stripTrailing().endsWith(";") || line.indexOf('\r') >= 0) {
                throw new IllegalStateException("a line of this statement ends in ';': " + statement.sql());
            }
        }
    }
}
