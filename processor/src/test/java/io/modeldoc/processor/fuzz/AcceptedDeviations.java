package io.modeldoc.processor.fuzz;

import io.modeldoc.processor.parity.ParityDialect;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Every entry of {@code docs/deviations-from-hibernate.md}, encoded once, each pointing at its entry by anchor.
 * Most are tolerated by how the catalog is read (it has no column order and no constraint names) or how databases
 * are prepared (Hibernate's script is given its schemas beforehand); those waive no fact here. An entry that must
 * waive facts says which, per dialect; nothing else is waived. {@code AcceptedDeviationsTest} checks that this list
 * and the page's headings are the same, so a new entry on the page cannot go unencoded.
 */
final class AcceptedDeviations {

    static final String PAGE = "docs/deviations-from-hibernate.md";

    /**
     * One entry of the page.
     *
     * @param anchor    the entry's anchor on the page ({@code #column-order})
     * @param tolerated how the comparison tolerates it, for the campaign's output
     * @param waiver    which differing facts it explains (a fact of Hibernate's or ours, on a dialect); none for most
     */
    record Deviation(String anchor, String tolerated, BiPredicate<ParityDialect, Difference> waiver) {

        boolean waives(ParityDialect dialect, Difference difference) {
            return waiver.test(dialect, difference);
        }
    }

    private static final BiPredicate<ParityDialect, Difference> NO_FACT = (dialect, difference) -> false;

    static final List<Deviation> ALL = List.of(
            new Deviation("#column-order", "catalog facts name columns, not their position", NO_FACT),
            new Deviation("#checks-that-need-the-converter-to-run",
                    "the grammar writes no AttributeConverter, so no converted Boolean", NO_FACT),
            new Deviation("#names-of-generated-constraints", "catalog facts carry no constraint names", NO_FACT),
            new Deviation("#unique-constraints-as-named-table-constraints",
                    "an inline unique and a named one are the same fact", NO_FACT),
            new Deviation("#schemas-and-catalogs-are-created-by-the-script",
                    "Hibernate's script is given the schemas beforehand (Databases), ModelDoc's must create them", NO_FACT),
            new Deviation("#oracle-and-sql-server",
                    "the fuzzer runs no Oracle or SQL Server script; the parsed comparison applies these (ParsedDeviations)",
                    NO_FACT),
            new Deviation("#names-a-database-refuses-bare-are-quoted",
                    "the grammar writes no reserved or digit-first names (KnownDefect RESERVED_WORDS), so Hibernate's bare "
                            + "spelling never fails a seed; the parsed comparison folds quoted names as the database does", NO_FACT),
            new Deviation("#one-script-per-module", "a seed is one module: all its entities compile together", NO_FACT));

    private AcceptedDeviations() {
    }

    /** The entry that explains the difference on the dialect, if one does. */
    static Optional<Deviation> explaining(ParityDialect dialect, Difference difference) {
        return ALL.stream().filter(d -> d.waives(dialect, difference)).findFirst();
    }
}
