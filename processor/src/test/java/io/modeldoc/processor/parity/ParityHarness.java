package io.modeldoc.processor.parity;

import io.modeldoc.processor.support.ScriptStatements;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parity suite's entry point for one fixture model under {@code fixtures/parity/<model>/}: Hibernate's
 * create script for its classes, both scripts run on fresh databases, the catalogs compared.
 * <pre>
 * ParityReport report = ParityHarness.model("basics").compare(ParitySettings.defaults("h2"), modelDocScript);
 * report.assertFullParity();
 * </pre>
 * Compiled models and Hibernate's scripts are cached for the test JVM: each costs a Hibernate bootstrap.
 */
public final class ParityHarness {

    /** The fixture models, in name order. */
    public static final List<String> MODELS = List.of("access", "associations", "basics", "collections", "definitions", "derived",
            "discriminators", "inheritance", "keys", "maps", "more", "names", "overrides", "patterns", "tables", "types", "validation");

    private static final Map<String, ParityHarness> MODELS_BY_NAME = new ConcurrentHashMap<>();

    private final CompiledModel compiled;
    private final Map<ParitySettings, List<String>> hibernateScripts = new ConcurrentHashMap<>();
    private final FixtureNamespaces namespaces;

    private ParityHarness(CompiledModel compiled) {
        this.compiled = compiled;
        this.namespaces = FixtureNamespaces.of(compiled.loader(), compiled.classNames());
    }

    /** The harness for {@code fixtures/parity/<model>/}, compiled once per JVM. */
    public static ParityHarness model(String model) {
        return MODELS_BY_NAME.computeIfAbsent(model, name -> new ParityHarness(CompiledModel.compile(name)));
    }

    public String name() {
        return compiled.model();
    }

    /** The model's Java sources, to compile them with ModelDoc for our side. */
    public List<Path> sources() {
        return compiled.sources();
    }

    /** Hibernate ORM's create script for these settings, one statement per entry, no trailing {@code ;}. */
    public List<String> hibernateStatements(ParitySettings settings) {
        return hibernateScripts.computeIfAbsent(settings,
                s -> List.copyOf(HibernateSchema.createScript(compiled.loader(), compiled.classNames(), s)));
    }

    /** Hibernate's script as script text, each statement on a line ending with {@code ;}, as ModelDoc writes them. */
    public String hibernateScript(ParitySettings settings) {
        StringBuilder script = new StringBuilder();
        hibernateStatements(settings).forEach(statement -> script.append(statement).append(";\n"));
        return script.toString();
    }

    /**
     * The catalog Hibernate's script builds on a fresh database of the dialect's server; for a dialect without a
     * server here (Oracle, SQL Server), the catalog read from the parsed script ({@link ScriptCatalog}).
     */
    public Catalog hibernateCatalog(ParitySettings settings) {
        if (!settings.dialect().live()) {
            return ScriptCatalog.of(settings.dialect(), hibernateStatements(settings),
                    "Hibernate's " + settings.label() + " script for " + name());
        }
        // Hibernate's script creates no schema (hibernate.hbm2ddl.create_namespaces is off): the database provides them.
        return catalogOf(settings.dialect(), namespaces, true, hibernateStatements(settings),
                "Hibernate's " + settings.label() + " script for " + name());
    }

    /**
     * Runs Hibernate's script and {@code ourScript} (the whole text of ModelDoc's {@code schema-<dialect>.sql})
     * on two fresh databases, compares their catalogs and prints the one-line figure, plus the diff on a mismatch.
     */
    public ParityReport compare(ParitySettings settings, String ourScript) {
        return compare(settings, ourScript, false);
    }

    /**
     * The same; with {@code provideNamespaces} the other script also finds the fixture's schemas made beforehand,
     * as Hibernate's does (to compare Hibernate's script with itself). ModelDoc's script must create them itself.
     */
    public ParityReport compare(ParitySettings settings, String ourScript, boolean provideNamespaces) {
        if (!settings.dialect().live()) {
            return compareParsed(settings, ourScript);
        }
        Catalog hibernate = hibernateCatalog(settings);
        Catalog ours = catalogOf(settings.dialect(), namespaces, provideNamespaces, ScriptStatements.split(ourScript),
                "ModelDoc's " + settings.label() + " script for " + name());
        ParityReport report = new ParityReport(name(), settings, hibernate, ours);
        System.out.println(report.isFullParity() ? report.summary() : report.diff());
        return report;
    }

    /**
     * Both scripts parsed ({@link ScriptCatalog}) rather than run, for a dialect without a server here; Hibernate's
     * catalog with the deviations listed for the dialect applied ({@link ParsedDeviations}).
     */
    private ParityReport compareParsed(ParitySettings settings, String ourScript) {
        ParsedDeviations.Applied hibernate = ParsedDeviations.apply(settings.dialect(), hibernateCatalog(settings));
        Catalog ours = ScriptCatalog.of(settings.dialect(), ScriptStatements.split(ourScript),
                "ModelDoc's " + settings.label() + " script for " + name());
        ParityReport report = new ParityReport(name(), settings, hibernate.catalog(), ours);
        String deviations = hibernate.changed() == 0 ? "" : " (" + hibernate.changed() + " facts by listed deviations)";
        System.out.println((report.isFullParity() ? report.summary() : report.diff()) + ", parsed" + deviations);
        return report;
    }

    /**
     * The weaker second check of a dialect without a server here: both scripts run on H2 in the dialect's
     * compatibility mode, leaving out the statements H2 cannot run ({@link H2CompatibilityModes}).
     */
    public ParityReport compareOnH2(ParitySettings settings, String ourScript) {
        ParityDialect dialect = settings.dialect();
        Catalog hibernate = H2CompatibilityModes.catalog(dialect, namespaces, hibernateStatements(settings),
                "Hibernate's " + settings.label() + " script for " + name());
        Catalog ours = H2CompatibilityModes.catalog(dialect, namespaces, ScriptStatements.split(ourScript),
                "ModelDoc's " + settings.label() + " script for " + name());
        ParityReport report = new ParityReport(name(), settings, hibernate, ours);
        System.out.println((report.isFullParity() ? report.summary() : report.diff()) + ", on H2 in "
                + H2CompatibilityModes.mode(dialect) + " mode");
        return report;
    }

    /** The catalog that the statements build on a fresh database of the dialect's server. */
    public static Catalog catalogOf(ParityDialect dialect, List<String> statements, String origin) {
        return catalogOf(dialect, FixtureNamespaces.NONE, false, statements, origin);
    }

    /**
     * The catalog of a script of a dialect without a server here, parsed ({@link ScriptCatalog}); Hibernate's (the
     * {@code reference}) with the deviations listed for the dialect applied ({@link ParsedDeviations}).
     */
    public static Catalog parsedCatalogOf(ParityDialect dialect, List<String> statements, boolean reference, String origin) {
        Catalog catalog = ScriptCatalog.of(dialect, statements, origin);
        return reference ? ParsedDeviations.apply(dialect, catalog).catalog() : catalog;
    }

    /** The same, with stand-ins for the fixture's own catalogs and schemas ({@link Databases}), created beforehand or not. */
    public static Catalog catalogOf(ParityDialect dialect, FixtureNamespaces namespaces, boolean createNamespaces,
            List<String> statements, String origin) {
        try (ScratchDatabase database = Databases.fresh(dialect, namespaces, createNamespaces)) {
            database.run(statements, origin);
            return CatalogReader.read(database);
        }
    }
}
