package io.modeldoc.processor.model;

import java.util.List;

/**
 * How a query searches one table: the columns it looks up by equal values, those it scans a range of, and those it
 * sorts by. An index serves the access when its leading columns are equality columns (in any order), then at most
 * one range column, then the sort.
 *
 * @param table    the physical name of the table
 * @param equality columns compared with {@code =}, {@code in}, {@code is null}, in the order the query names them
 *                 (a join's columns first)
 * @param ranges   columns compared with {@code <}, {@code >}, {@code between} or a prefix {@code like}
 * @param sort     the columns the query orders this table's rows by, each with {@code asc} or {@code desc}
 *                 ({@code placed_at desc}); only for the table the query starts from
 * @param via      how the query reaches the table: empty for the table it starts from, else the table it joins from
 */
public record TableAccess(String table, List<String> equality, List<String> ranges, List<String> sort, String via) {

    public TableAccess {
        equality = List.copyOf(equality);
        ranges = List.copyOf(ranges);
        sort = List.copyOf(sort);
    }

    /** Whether an index could serve it at all: it filters or sorts by some column. */
    public boolean searches() {
        return !equality.isEmpty() || !ranges.isEmpty() || !sort.isEmpty();
    }
}
