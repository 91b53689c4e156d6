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
            new Deviation("#names-of-generated-constraints", "catalog facts carry no constraint names; on MySQL and MariaDB "
                    + "Hibernate's script fails where its unnamed index and unnamed unique index meet", AcceptedDeviations::sameIndexName),
            new Deviation("#unique-constraints-as-named-table-constraints",
                    "an inline unique and a named one are the same fact", NO_FACT),
            new Deviation("#schemas-and-catalogs-are-created-by-the-script",
                    "Hibernate's script is given the schemas beforehand (Databases), ModelDoc's must create them", NO_FACT),
            new Deviation("#oracle-and-sql-server",
                    "the fuzzer runs no Oracle or SQL Server script; the parsed comparison applies these (ParsedDeviations)",
                    NO_FACT),
            new Deviation("#large-objects-on-mysql-and-mariadb",
                    "a @Lob column ModelDoc makes longtext/longblob where Hibernate sizes it by length, MySQL and MariaDB only",
                    AcceptedDeviations::largerLob),
            new Deviation("#primary-keys-of-collection-tables",
                    "a primary key of the same columns in another order", AcceptedDeviations::reorderedKey),
            new Deviation("#names-a-database-refuses-bare-are-quoted",
                    "the grammar writes no reserved or digit-first names (KnownDefect RESERVED_WORDS), so Hibernate's bare "
                            + "spelling never fails a seed; the parsed comparison folds quoted names as the database does", NO_FACT),
            new Deviation("#one-script-per-module", "a seed is one module: all its entities compile together", NO_FACT),
            new Deviation("#a-length-bounded-by-both-size-and-length",
                    "the grammar gives @Size and @Length the same bound when it writes both (SizeBesideLengthTest compares"
                            + " different ones)", NO_FACT),
            new Deviation("#character-columns-longer-than-a-varchar-on-mysql-and-mariadb",
                    "Hibernate's script fails on a char column longer than a varchar; ModelDoc's runs", AcceptedDeviations::longChar),
            new Deviation("#sets-of-embeddables-with-an-unbounded-column",
                    "the grammar makes no set of an embeddable with a LONG32 column (UnboundedSetElementTest compares one)",
                    NO_FACT));

    private static final List<String> SMALLER_TEXT = List.of("tinytext", "text", "mediumtext");
    private static final List<String> SMALLER_BINARY = List.of("tinyblob", "blob", "mediumblob");

    private AcceptedDeviations() {
    }

    /** A column that differs only in being longtext/longblob (ours) where Hibernate's is a smaller text or blob type. */
    private static boolean largerLob(ParityDialect dialect, Difference difference) {
        if (dialect != ParityDialect.MYSQL && dialect != ParityDialect.MARIADB
                || difference.kind() != Difference.Kind.CHANGED || !difference.detail().startsWith("column ")) {
            return false;
        }
        String[] versions = difference.detail().split("\n", 2);
        String theirs = property(versions[0], "type=");
        String ours = property(versions[1], "type=");
        boolean larger = ours.equals("longtext") && SMALLER_TEXT.contains(theirs)
                || ours.equals("longblob") && SMALLER_BINARY.contains(theirs);
        return larger && withoutSize(versions[0]).equals(withoutSize(versions[1]));
    }

    /** Hibernate's script fails on MySQL or MariaDB because its unique index has the name of its plain index. */
    private static boolean sameIndexName(ParityDialect dialect, Difference difference) {
        return onlyOursRunsOnMySql(dialect, difference) && difference.detail().contains("Duplicate key name 'IDX")
                && difference.detail().contains(" unique (");
    }

    /** Hibernate's script fails on MySQL or MariaDB because its varchar is longer than a row allows. */
    private static boolean longChar(ParityDialect dialect, Difference difference) {
        return onlyOursRunsOnMySql(dialect, difference) && difference.detail().contains("Column length too big for column");
    }

    private static boolean onlyOursRunsOnMySql(ParityDialect dialect, Difference difference) {
        return (dialect == ParityDialect.MYSQL || dialect == ParityDialect.MARIADB)
                && difference.kind() == Difference.Kind.HIBERNATE_FAILS;
    }

    /** The same primary key, its columns in another order. */
    private static boolean reorderedKey(ParityDialect dialect, Difference difference) {
        if (difference.kind() != Difference.Kind.CHANGED || !difference.detail().startsWith("pk ")) {
            return false;
        }
        String[] versions = difference.detail().split("\n", 2);
        return keyColumns(versions[0]).equals(keyColumns(versions[1]));
    }

    private static java.util.SortedSet<String> keyColumns(String fact) {
        String columns = fact.substring(fact.indexOf('(') + 1, fact.lastIndexOf(')'));
        return new java.util.TreeSet<>(List.of(columns.split(",\\s*")));
    }

    private static String property(String fact, String key) {
        return java.util.Arrays.stream(fact.split(" ")).filter(p -> p.startsWith(key)).map(p -> p.substring(key.length()))
                .findFirst().orElse("");
    }

    private static String withoutSize(String fact) {
        return String.join(" ", java.util.Arrays.stream(fact.split(" "))
                .filter(p -> !p.startsWith("type=") && !p.startsWith("length=")).toList());
    }

    /** The entry that explains the difference on the dialect, if one does. */
    static Optional<Deviation> explaining(ParityDialect dialect, Difference difference) {
        return ALL.stream().filter(d -> d.waives(dialect, difference)).findFirst();
    }
}
