package io.modeldoc.processor.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The weaker second check of the Oracle and SQL Server scripts: they run on H2 in its {@code Oracle} and
 * {@code MSSQLServer} compatibility modes, and the catalogs H2 builds from Hibernate's and ModelDoc's scripts are
 * compared. H2 does not know some of these databases' syntax: a few constructs are translated to the H2
 * spelling of the same thing ({@link #TRANSLATED}), the statements of the other kinds are left out on both sides
 * ({@link #UNCHECKED}); the README lists them. Any other statement H2 refuses fails the check.
 */
public final class H2CompatibilityModes {

    /** The statements H2 cannot run, per dialect, each with why. */
    static final Map<ParityDialect, List<Unchecked>> UNCHECKED = Map.of(
            ParityDialect.ORACLE, List.of(),
            ParityDialect.SQLSERVER, List.of(
                    new Unchecked("if ... exec (schema creation, comments)", Pattern.compile("(?is)if .*\\bexec\\b.*")),
                    new Unchecked("exec sp_rename", Pattern.compile("(?is)exec sp_rename .*"))));

    /**
     * Syntax H2 lacks, spelled as H2 spells the same thing. SQL Server: a unique index filtered to rows without nulls is
     * H2's unique index (which ignores rows with a null), {@code datetimeoffset} is {@code timestamp with time zone},
     * the {@code xml} type is a {@code clob}. Oracle: {@code SYS.XMLTYPE} is a {@code clob}.
     */
    static final Map<ParityDialect, List<Translated>> TRANSLATED = Map.of(
            ParityDialect.ORACLE, List.of(
                    new Translated("SYS.XMLTYPE", Pattern.compile("(?i)\\bSYS\\.XMLTYPE\\b"), "clob")),
            ParityDialect.SQLSERVER, List.of(
                    new Translated("filtered unique index", Pattern.compile("(?is)create unique nonclustered index (.+?) where .*"),
                            "create unique index $1"),
                    new Translated("datetimeoffset(n)", Pattern.compile("(?i)\\bdatetimeoffset\\((\\d+)\\)"),
                            "timestamp($1) with time zone"),
                    new Translated("xml", Pattern.compile("(?i)(\\s)xml(\\s*[,)]|\\s+not null)"), "$1clob$2")));

    private H2CompatibilityModes() {
    }

    /** SQL Server syntax rewritten as H2's spelling of the same thing before it runs. */
    record Translated(String what, Pattern pattern, String replacement) {
    }

    /** A kind of statement H2's compatibility mode cannot run. */
    record Unchecked(String what, Pattern statement) {
    }

    /** H2's compatibility mode for the dialect. */
    static String mode(ParityDialect dialect) {
        return switch (dialect) {
            case ORACLE -> "Oracle";
            case SQLSERVER -> "MSSQLServer";
            default -> throw new IllegalArgumentException(dialect + " runs on its own server");
        };
    }

    /** The statements H2 can run: those of an {@link #UNCHECKED} kind are left out, the others {@link #TRANSLATED}. */
    public static List<String> checkable(ParityDialect dialect, List<String> statements) {
        List<String> checkable = new ArrayList<>();
        for (String statement : statements) {
            if (UNCHECKED.get(dialect).stream().noneMatch(u -> u.statement().matcher(statement.strip()).matches())) {
                String translated = statement.strip();
                for (Translated translation : TRANSLATED.get(dialect)) {
                    translated = translation.pattern().matcher(translated).replaceAll(translation.replacement());
                }
                checkable.add(translated);
            }
        }
        return checkable;
    }

    /** The catalog H2 builds from the checkable statements, namespaces created beforehand (see {@link #UNCHECKED}). */
    static Catalog catalog(ParityDialect dialect, FixtureNamespaces namespaces, List<String> statements, String origin) {
        try (ScratchDatabase database = Databases.h2InMode(mode(dialect), namespaces, true)) {
            database.run(checkable(dialect, statements), origin + " on H2 in " + mode(dialect) + " mode");
            return CatalogReader.read(database);
        }
    }
}
