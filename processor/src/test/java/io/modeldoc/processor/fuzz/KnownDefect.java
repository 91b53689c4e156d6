package io.modeldoc.processor.fuzz;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static io.modeldoc.processor.fuzz.KnownDefect.Status.FIXED;

/**
 * The mapping patterns that main gets wrong today, one grammar switch each: issue 12's items 1 to 14, then those
 * this fuzzer found (15 on). A switch is off while
 * its fix is missing from main, so the fixed seed sets pass without waiving anything: the grammar simply does not
 * produce that pattern. {@link #FIXED_IN_MAIN} lists the patterns whose fix has landed; a campaign can turn others on
 * with {@code -Dfuzz.patterns=1,4} (or {@code all}) to measure them, and always prints those still off.
 */
public enum KnownDefect {

    GENERIC_MAPPED_SUPERCLASS(1, FIXED, "type variables of a mapped superclass (ids, basics, associations, collections)"),
    SHARED_READ_ONLY_COLUMN(2, FIXED, "a basic column shared with a read-only (insertable/updatable = false) association"),
    PRIMITIVE_WITH_COLUMN(3, FIXED, "@Column on a primitive without nullable = false"),
    SINGLE_TABLE_NOT_NULL(4, FIXED, "not-null attributes of SINGLE_TABLE subclasses (Hibernate's check)"),
    MORE_BASIC_TYPES(5, FIXED, "basic types beyond the original table (Currency, Locale, URL, char[], ...)"),
    MARIADB_KEYWORDS(6, FIXED, "words reserved on MariaDB or MySQL, quoted by ModelDoc [no grammar: Hibernate's own script fails"
            + " on them; KeywordListsTest tries every word on the servers]"),
    LOB_ON_MYSQL(7, FIXED, "@Lob on MySQL and MariaDB: longblob/longtext against Hibernate's tinyblob/tinytext (a deviation"
            + ", accepted: docs/deviations-from-hibernate.md#large-objects-on-mysql-and-mariadb)"),
    COLLECTION_KEY_ORDER(8, FIXED, "primary keys of Set join tables and ordered element collections (deviation)"),
    HIBERNATE_TYPE_ANNOTATIONS(9, FIXED, "@JdbcTypeCode, @JdbcType, @Nationalized"),
    ID_ON_EMBEDDABLE(10, FIXED, "@Id on an attribute of @Embeddable type"),
    LOB_WITH_CONVERT(11, FIXED, "@Lob together with @Convert [no grammar yet: needs converter classes]"),
    CHAR_ENUM(12, FIXED, "a STRING enum column of length 1 (char(1))"),
    RESERVED_WORDS(13, FIXED, "words reserved on one dialect, quoted where a configured dialect refuses them [no grammar:"
            + " Hibernate's own script fails on them; docs/deviations-from-hibernate.md#names-a-database-refuses-bare-are-quoted]"),
    LOMBOK(14, FIXED, "Lombok's constructors [no grammar: Lombok is not on the test class path]"),

    // Found by this fuzzer, beyond issue 12's list.
    TPC_FOREIGN_KEYS(15, FIXED, "foreign keys to or from a TABLE_PER_CLASS entity with subclasses (Hibernate writes none)"),
    JOIN_COLUMNS(16, FIXED, "@JoinColumns naming the columns of a composite foreign key"),
    NESTED_OVERRIDE(17, FIXED, "@AttributeOverride of a nested embeddable's attribute (inner.street)"),
    OVERRIDE_COLUMN(18, FIXED, "@AttributeOverride over an embeddable column with a length, NOT NULL...: the override's @Column decides"),
    TPC_ROOT_CONSTRAINTS(19, FIXED, "@Table indexes and unique constraints of a TABLE_PER_CLASS root with subclasses"),
    QUOTED_TABLE_SEQUENCE(20, FIXED, "a quoted table name on an entity with an implicit sequence"),
    UNNAMED_ONE_TO_MANY_JOIN_COLUMN(21, FIXED, "@OneToMany with an unnamed @JoinColumn (ModelDoc makes a join table)"),
    ONE_TO_MANY_COMPOSITE_UNIQUE(22, FIXED, "the unique key of a @OneToMany join table to an entity with a composite id"),
    MAP_KEY_TARGET_SCHEMA(23, FIXED, "the foreign key of a map's entity key to a table in an explicit schema"),
    ID_CLASS_ON_MAPPED_SUPERCLASS(24, FIXED, "@IdClass on a mapped superclass"),
    ONE_TO_MANY_JOIN_COLUMN_IN_SINGLE_TABLE(25, FIXED, "a @OneToMany @JoinColumn whose target is a SINGLE_TABLE subclass"),
    ONE_TO_ONE_COMPOSITE_UNIQUE(26, FIXED, "the unique key of a @OneToOne's join columns to an entity with a composite id"),
    DUPLICATE_INDEX(27, FIXED, "two unnamed @Index on the same columns (Hibernate writes one)"),
    LOB_IN_SET_OF_EMBEDDABLES(28, FIXED, "a Set of embeddables with a @Lob attribute (ModelDoc keys the table on the LOB)"),
    FIELD_ASSOCIATION_OVERRIDE(29, FIXED, "@AssociationOverride on an embedded field (the processor fails with an internal error)"),
    QUOTED_TABLE_IMPLICIT_NAMES(30, FIXED, "implicit join and collection table and join column names made from a quoted table's"
            + " (Hibernate quotes them, and its snake_case naming leaves them as they are)"),
    SIZE_WITH_LENGTH(31, FIXED, "@Size(max) and Hibernate Validator's @Length(max) on one attribute (the same bound; different ones"
            + " are a deviation: docs/deviations-from-hibernate.md#a-length-bounded-by-both-size-and-length)");

    /** The patterns whose fix main has: their grammar is on in every run. */
    static final Set<KnownDefect> FIXED_IN_MAIN = Arrays.stream(values())
            .filter(defect -> defect.status == Status.FIXED)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(KnownDefect.class)));

    /** Whether main has the fix; one flag per constant, so that fixes landing apart never touch the same line. */
    enum Status { OPEN, FIXED }

    private final int number;
    private final Status status;
    private final String pattern;

    KnownDefect(int number, Status status, String pattern) {
        this.number = number;
        this.status = status;
        this.pattern = pattern;
    }

    /** The item number in issue 12; 15 and above: found by the fuzzer. */
    public int number() {
        return number;
    }

    public String pattern() {
        return pattern;
    }

    /**
     * The switches of a run: the fixed patterns, plus those named in {@code fuzz.patterns}
     * (comma-separated issue numbers, or {@code all}).
     */
    public static Set<KnownDefect> enabled(String property) {
        Set<KnownDefect> on = EnumSet.noneOf(KnownDefect.class);
        on.addAll(FIXED_IN_MAIN);
        if (property == null || property.isBlank()) {
            return on;
        }
        if (property.trim().toLowerCase(Locale.ROOT).equals("all")) {
            return EnumSet.allOf(KnownDefect.class);
        }
        for (String number : property.split(",")) {
            on.add(byNumber(Integer.parseInt(number.trim())));
        }
        return on;
    }

    static KnownDefect byNumber(int number) {
        return Arrays.stream(values()).filter(d -> d.number == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no known pattern " + number));
    }

    /** {@code 1 (type variables ...), 2 (...)}: the switches that are off, for the campaign's output. */
    public static String describeOff(Set<KnownDefect> enabled) {
        String off = Arrays.stream(values()).filter(d -> !enabled.contains(d))
                .map(d -> d.number + " (" + d.pattern + ")").collect(Collectors.joining(", "));
        return off.isEmpty() ? "none" : off;
    }
}
