package io.modeldoc.processor.model;

import java.util.List;

/**
 * A declared query with what ModelDoc understood of it.
 *
 * @param accesses    the table accesses it makes, in the order it makes them; for alternatives ({@code or}) the
 *                    accesses of each in turn
 * @param notAnalysed why ModelDoc could not work out its accesses; empty when it could
 */
public record Query(DeclaredQuery declared, List<TableAccess> accesses, String notAnalysed) {

    public Query {
        accesses = List.copyOf(accesses);
    }

    public static Query analysed(DeclaredQuery declared, List<TableAccess> accesses) {
        return new Query(declared, accesses, "");
    }

    public static Query notAnalysed(DeclaredQuery declared, String why) {
        return new Query(declared, List.of(), why);
    }

    public boolean analysed() {
        return notAnalysed.isEmpty();
    }
}
