package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Index;
import io.modeldoc.processor.model.Query;
import io.modeldoc.processor.model.TableAccess;
import io.modeldoc.processor.query.IndexAdvisor;
import io.modeldoc.processor.model.UniqueKey;
import io.modeldoc.processor.sql.ConstraintNamer;
import io.modeldoc.processor.sql.Dialect;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * What the indexes of a feature's tables cover: per table its primary key, unique keys and
 * indexes, each with the foreign keys it serves (its leading columns are the key's columns) and the
 * declared queries it serves ({@link IndexAdvisor}), and, where the database does not index foreign
 * keys itself, the foreign keys no index serves. A plain index that leads another one is redundant;
 * one that serves nothing declared, where the model declares queries, is possibly unused. Computed
 * once per feature; Database Schema shows the rows, Performance and Risk Assessment the gaps.
 */
final class IndexCoverage {

    private final ConstraintNamer namer;
    private final boolean flagUnindexedForeignKeys;
    private final String database;
    private final IndexAdvisor advisor;
    private final List<Query> queries;

    /**
     * @param dialect the database the documents show: whether it leaves foreign keys unindexed, and its name
     * @param queries every query of the model, analysed
     */
    IndexCoverage(ConstraintNamer namer, Dialect dialect, IndexAdvisor advisor, List<Query> queries) {
        this.namer = namer;
        this.flagUnindexedForeignKeys = !dialect.indexesForeignKeys();
        this.database = dialect.productName();
        this.advisor = advisor;
        this.queries = List.copyOf(queries);
    }

    /**
     * The coverage of a feature's tables.
     *
     * @param rows              every key and index, in table order, for the index table
     * @param unindexed         the foreign keys no index serves; empty where the database indexes them itself
     * @param databaseIndexesFks whether the database creates an index for each foreign key by itself
     * @param database          the database's name in prose ({@code PostgreSQL}), for the texts about the gaps
     */
    record Coverage(List<DatabaseSchemaSection.IndexRow> rows, List<Unindexed> unindexed, boolean databaseIndexesFks,
                    String database) {

        Coverage {
            rows = List.copyOf(rows);
            unindexed = List.copyOf(unindexed);
        }
    }

    /** A foreign key no index serves, with the name the script gives it. */
    record Unindexed(TableFacts table, ForeignKey foreignKey, String name) {
    }

    /** A key or index: what the database can search by. */
    private record Access(String name, List<String> columns, List<String> display, String kind, List<String> serves) {
    }

    Coverage of(List<TableFacts> tables) {
        List<DatabaseSchemaSection.IndexRow> rows = new ArrayList<>();
        List<Unindexed> unindexed = new ArrayList<>();
        for (TableFacts table : tables) {
            List<Access> accesses = accesses(table);
            for (ForeignKey fk : table.table().foreignKeys()) {
                String fkName = namer.foreignKey(table.table(), fk);
                Access serving = accesses.stream().filter(a -> leads(a.columns(), fk.columns())).findFirst().orElse(null);
                if (serving != null) {
                    serving.serves().add("foreign key " + Markdown.codeCell(fkName));
                } else if (flagUnindexedForeignKeys) {
                    unindexed.add(new Unindexed(table, fk, fkName));
                }
            }
            servedQueries(table, accesses);
            for (Access a : accesses) {
                calloutIfIdle(a, accesses);
                if (a.kind().equals("primary key") && a.serves().isEmpty()) {
                    continue; // said in the key's attribute row and under Data Integrity; listed only where it serves a foreign key or a query
                }
                rows.add(new DatabaseSchemaSection.IndexRow(Markdown.codeCell(a.name()), Markdown.codeCell(table.name()),
                        Markdown.codeCell(String.join(", ", a.display())), a.kind(), String.join(", ", a.serves())));
            }
        }
        return new Coverage(rows, unindexed, !flagUnindexedForeignKeys, database);
    }

    /** Adds each query that reads the table to the key or index that serves it. */
    private void servedQueries(TableFacts table, List<Access> accesses) {
        for (Query query : queries) {
            for (TableAccess read : query.accesses()) {
                if (!read.table().equals(table.table().name()) || !read.searches()) {
                    continue;
                }
                IndexAdvisor.Advice advice = advisor.advise(read, table.table());
                String served = "query " + Markdown.codeCell(query.declared().name());
                if (advice.served()) {
                    accesses.stream().filter(a -> a.name().equals(advice.servedBy().name()) && !a.serves().contains(served))
                            .findFirst().ifPresent(a -> a.serves().add(served));
                }
            }
        }
    }

    /** A plain index that leads another is redundant; one serving nothing declared, where queries are declared, possibly unused. */
    private void calloutIfIdle(Access index, List<Access> accesses) {
        if (!index.kind().equals("index")) {
            return;
        }
        accesses.stream().filter(other -> other != index && other.columns().size() > index.columns().size()
                        && other.columns().subList(0, index.columns().size()).equals(index.columns()))
                .findFirst()
                .ifPresent(other -> index.serves().add("**redundant**: it leads " + (other.name().isEmpty() ? "the primary key"
                        : Markdown.codeCell(other.name()))));
        if (index.serves().isEmpty() && !queries.isEmpty()) {
            index.serves().add("nothing declared: **possibly unused**");
        }
    }

    private List<Access> accesses(TableFacts table) {
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
        return accesses;
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
