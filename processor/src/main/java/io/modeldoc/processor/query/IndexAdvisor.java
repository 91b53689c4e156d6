package io.modeldoc.processor.query;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Index;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.model.TableAccess;
import io.modeldoc.processor.model.UniqueKey;
import io.modeldoc.processor.sql.ConstraintNamer;
import io.modeldoc.processor.sql.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds what serves a table access on one database: the primary key, a unique constraint, an index, or — where the
 * database indexes foreign keys by itself (MySQL, MariaDB, H2) — a foreign key's own index. A B-tree finds rows by its
 * leading columns: first columns looked up by equal values (in any order), then at most one range, then the sort.
 */
public final class IndexAdvisor {

    private final Dialect dialect;
    private final ConstraintNamer namer;

    public IndexAdvisor(Dialect dialect, ConstraintNamer namer) {
        this.dialect = dialect;
        this.namer = namer;
    }

    /**
     * What the database can search a table by.
     *
     * @param name    the name the script gives it; empty for the primary key
     * @param kind    {@code primary key}, {@code unique}, {@code unique index}, {@code index}, {@code foreign key index}
     */
    public record Candidate(String name, String kind, List<String> columns) {

        /** How the document names it: {@code `idx_orders_status`}, or {@code primary key}. */
        public String label() {
            return name.isEmpty() ? kind : name;
        }
    }

    /**
     * What serves an access.
     *
     * @param servedBy      the best candidate; {@code null} when none can use any of the access's columns
     * @param complete      whether it serves every equality column, the range and the sort
     * @param wantedColumns the columns of an index that would serve the whole access (equality, then one range, else
     *                      the sort)
     * @param wantedName    the name the script would give that index
     */
    public record Advice(TableAccess access, Candidate servedBy, boolean complete, List<String> wantedColumns, String wantedName) {

        public boolean served() {
            return servedBy != null;
        }
    }

    public Advice advise(TableAccess access, Table table) {
        Candidate best = null;
        int[] bestScore = {0, 0, 0};
        boolean bestComplete = false;
        for (Candidate candidate : candidates(table)) {
            Match match = match(candidate, access);
            int[] score = {match.equality(), match.range() ? 1 : 0, match.sort() ? 1 : 0};
            if (match.usable() && compare(score, bestScore) > 0) {
                best = candidate;
                bestScore = score;
                bestComplete = match.complete();
            }
        }
        List<String> wanted = new ArrayList<>(access.equality());
        if (!access.ranges().isEmpty()) {
            wanted.add(access.ranges().get(0));
        } else {
            access.sort().stream().map(IndexAdvisor::column).filter(c -> !contains(wanted, c)).forEach(wanted::add);
        }
        Index index = new Index("", wanted.stream().map(c -> new Index.IndexColumn(c, "")).toList(), false);
        return new Advice(access, best, bestComplete, List.copyOf(wanted), wanted.isEmpty() ? "" : namer.index(table, index));
    }

    /** The keys and indexes of a table, in the order the schema script declares them. */
    public List<Candidate> candidates(Table table) {
        List<Candidate> candidates = new ArrayList<>();
        if (!table.primaryKey().isEmpty()) {
            candidates.add(new Candidate("", "primary key", table.primaryKey()));
        }
        for (Column column : table.columns()) {
            if (column.unique()) {
                candidates.add(new Candidate(namer.uniqueKey(table, new UniqueKey("", List.of(column.name()))), "unique",
                        List.of(column.name())));
            }
        }
        for (UniqueKey key : table.uniqueKeys()) {
            candidates.add(new Candidate(namer.uniqueKey(table, key), "unique", key.columns()));
        }
        for (Index index : table.indexes()) {
            candidates.add(new Candidate(namer.index(table, index), index.unique() ? "unique index" : "index",
                    index.columns().stream().map(Index.IndexColumn::name).toList()));
        }
        if (dialect.indexesForeignKeys()) {
            for (ForeignKey fk : table.foreignKeys()) {
                // The database adds an index only where no other one leads with the key's columns.
                if (candidates.stream().noneMatch(c -> leads(c.columns(), fk.columns()))) {
                    candidates.add(new Candidate(namer.foreignKey(table, fk), "foreign key index", fk.columns()));
                }
            }
        }
        return candidates;
    }

    private record Match(int equality, boolean range, boolean sort, boolean complete) {
        boolean usable() {
            return equality > 0 || range || sort;
        }
    }

    private static Match match(Candidate candidate, TableAccess access) {
        List<String> columns = candidate.columns();
        Set<String> equality = lower(access.equality());
        int i = 0;
        while (i < columns.size() && equality.contains(key(columns.get(i)))) {
            i++;
        }
        int matched = i;
        boolean range = i < columns.size() && lower(access.ranges()).contains(key(columns.get(i)));
        List<String> sort = access.sort().stream().map(IndexAdvisor::column).toList();
        boolean sorted;
        if (range) {
            sorted = sort.size() == 1 && key(sort.get(0)).equals(key(columns.get(i)));
        } else {
            sorted = !sort.isEmpty() && columns.size() - i >= sort.size() && sameOrder(sort, columns.subList(i, i + sort.size()));
        }
        // A key looked up by all its columns finds one row at most: the other filters and the sort cost nothing.
        boolean uniqueRow = candidate.kind().startsWith("unique") || candidate.kind().equals("primary key");
        boolean complete = uniqueRow && matched == columns.size()
                || matched == equality.size() && (access.ranges().isEmpty() || range) && (sort.isEmpty() || sorted);
        return new Match(matched, range, sorted, complete);
    }

    private static boolean sameOrder(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!key(a.get(i)).equals(key(b.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    /** Whether the index's leading columns are exactly the key's columns, in any order. */
    private static boolean leads(List<String> indexColumns, List<String> keyColumns) {
        return indexColumns.size() >= keyColumns.size() && lower(indexColumns.subList(0, keyColumns.size())).equals(lower(keyColumns));
    }

    /** {@code placed_at desc} → {@code placed_at}. */
    static String column(String sortItem) {
        int space = sortItem.lastIndexOf(' ');
        return space < 0 ? sortItem : sortItem.substring(0, space);
    }

    private static boolean contains(List<String> columns, String column) {
        return lower(columns).contains(key(column));
    }

    private static Set<String> lower(List<String> columns) {
        Set<String> keys = new TreeSet<>();
        columns.forEach(c -> keys.add(key(c)));
        return keys;
    }

    /** Unquoted SQL names compare without case; quotes are not part of the name. */
    private static String key(String column) {
        return column.replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT);
    }
}
