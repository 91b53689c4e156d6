package io.modeldoc.processor.fuzz;

import io.modeldoc.processor.parity.Catalog;
import io.modeldoc.processor.parity.CompiledModel;
import io.modeldoc.processor.parity.FixtureNamespaces;
import io.modeldoc.processor.parity.HibernateSchema;
import io.modeldoc.processor.parity.ParityDialect;
import io.modeldoc.processor.parity.ParityHarness;
import io.modeldoc.processor.parity.ParityReport;
import io.modeldoc.processor.parity.ParitySettings;
import io.modeldoc.processor.support.ScriptStatements;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The differential comparison of a batch of seeds: compiled together (one javac run per side, one Hibernate
 * bootstrap per dialect), both scripts run on fresh databases, the catalogs compared exactly as the parity suite
 * compares them, and each difference traced back to its seed by table name. A seed that shows a difference, or a
 * batch that cannot be compared at all, is run again alone, so every verdict holds for the seed by itself.
 */
public final class DifferentialRunner {

    private final FuzzSettings settings;

    public DifferentialRunner(FuzzSettings settings) {
        this.settings = settings;
    }

    /** One outcome per model, in the models' order. */
    public List<SeedOutcome> run(List<FuzzModel> models) {
        if (models.size() == 1) {
            return List.of(alone(models.get(0)));
        }
        Comparison batch;
        try {
            Map<String, String> sources = new LinkedHashMap<>();
            models.forEach(model -> sources.putAll(SourcePrinter.sources(model)));
            batch = compare("fuzz-batch-s" + models.get(0).seed(), sources, false);
        } catch (Broken e) {
            return models.stream().map(this::alone).toList();
        }
        Map<Long, List<Difference>> differences = batch.differences();
        boolean untraced = differences.containsKey(Comparison.UNTRACED);
        List<SeedOutcome> outcomes = new ArrayList<>();
        for (FuzzModel model : models) {
            boolean suspect = untraced || differences.containsKey(model.seed());
            outcomes.add(suspect ? alone(model) : new SeedOutcome(model.seed(), settings, List.of(), batch.facts(model.seed())));
        }
        return outcomes;
    }

    /** The seed compared by itself: every difference is its own. */
    public SeedOutcome alone(FuzzModel model) {
        return alone(model.seed(), SourcePrinter.sources(model));
    }

    /** Sources of one seed (a regression fixture's), compared by themselves. */
    public SeedOutcome alone(long seed, Map<String, String> sources) {
        try {
            Comparison comparison = compare("fuzz-s" + seed, sources, true);
            List<Difference> all = new ArrayList<>();
            comparison.differences().values().forEach(all::addAll);
            int facts = comparison.factsBySeed().values().stream().mapToInt(Integer::intValue).sum();
            return new SeedOutcome(seed, settings, all, facts, comparison.uncompared());
        } catch (Broken e) {
            return new SeedOutcome(seed, settings, List.of(e.difference), 0);
        }
    }

    /** A batch that could not be compared: Hibernate rejected it, or a script failed on its database. */
    private static final class Broken extends Exception {
        final Difference difference;

        Broken(Difference difference, Throwable cause) {
            super(difference.toString(), cause);
            this.difference = difference;
        }
    }

    /**
     * The differences of a batch by seed ({@link #UNTRACED} for those naming no seed), and the facts compared.
     */
    private record Comparison(Map<Long, List<Difference>> differences, Map<Long, Integer> factsBySeed, List<String> uncompared) {
        static final long UNTRACED = -1;

        int facts(long seed) {
            return factsBySeed.getOrDefault(seed, 0);
        }
    }

    /**
     * Compares the sources on every dialect. When Hibernate's script fails on a server, a batch is broken (each seed
     * is then compared alone); a seed alone still runs ModelDoc's script there, and the failure is a difference
     * unless a listed deviation explains it.
     */
    private Comparison compare(String name, Map<String, String> sources, boolean alone) throws Broken {
        try (CompiledBatch batch = compiled(name, sources)) {
            CompiledModel reference = batch.reference();
            Map<ParityDialect, List<String>> hibernateScripts = new LinkedHashMap<>();
            for (ParityDialect dialect : settings.dialects()) {
                hibernateScripts.put(dialect, hibernateScript(reference, settings.paritySettings(dialect)));
            }
            Map<Long, List<Difference>> differences = new TreeMap<>();
            for (String error : batch.errors()) {
                add(differences, SeedOf.source(error), new Difference("compile", Difference.Kind.ERROR, error));
            }
            FixtureNamespaces namespaces = FixtureNamespaces.of(reference.loader(), reference.classNames());
            Map<Long, Integer> facts = new TreeMap<>();
            List<String> uncompared = new ArrayList<>();
            for (ParityDialect dialect : settings.dialects()) {
                String ours = batch.scripts().get(dialect);
                if (ours == null) {
                    add(differences, OptionalLong.empty(), new Difference(dialect.option(), Difference.Kind.ERROR,
                            "ModelDoc wrote no schema-" + dialect.option() + ".sql"));
                    continue;
                }
                Catalog theirs;
                try {
                    theirs = catalog(dialect, namespaces, true, hibernateScripts.get(dialect), "Hibernate's", Difference.Kind.INVALID);
                } catch (Broken hibernateFails) {
                    if (!alone || !dialect.live()) {
                        throw hibernateFails;
                    }
                    Difference failure = onlyOursRuns(dialect, namespaces, ours, hibernateFails.difference);
                    AcceptedDeviations.explaining(dialect, failure).ifPresentOrElse(
                            deviation -> uncompared.add(dialect.option() + " " + deviation.anchor()),
                            () -> add(differences, OptionalLong.empty(), failure));
                    continue;
                }
                Catalog mine = oursCatalog(dialect, namespaces, ours);
                theirs.facts().forEach(fact -> SeedOf.fact(fact).ifPresent(seed -> facts.merge(seed, 1, Integer::sum)));
                ParityReport report = new ParityReport(name, settings.paritySettings(dialect), theirs, mine);
                for (Difference difference : differences(dialect, report)) {
                    if (AcceptedDeviations.explaining(dialect, difference).isEmpty()) {
                        add(differences, SeedOf.fact(difference.detail()), difference);
                    }
                }
            }
            return new Comparison(differences, facts, uncompared);
        }
    }

    /** Hibernate's script failed on the server: ModelDoc's must run there, or the model is a generator bug. */
    private static Difference onlyOursRuns(ParityDialect dialect, FixtureNamespaces namespaces, String ours,
            Difference hibernateFails) throws Broken {
        try {
            oursCatalog(dialect, namespaces, ours);
        } catch (Broken oursFails) {
            throw new Broken(new Difference(dialect.option(), Difference.Kind.INVALID, "both scripts fail: "
                    + hibernateFails.detail() + "\n" + oursFails.difference.detail()), oursFails);
        }
        return new Difference(dialect.option(), Difference.Kind.HIBERNATE_FAILS, hibernateFails.detail());
    }

    /** The catalog of ModelDoc's script; its failing on the database is a difference of the seed. */
    private static Catalog oursCatalog(ParityDialect dialect, FixtureNamespaces namespaces, String ours) throws Broken {
        return catalog(dialect, namespaces, false, ScriptStatements.split(ours), "ModelDoc's", Difference.Kind.SCRIPT_FAILS);
    }

    /** Both compilations; a model plain javac rejects is a generator bug. */
    private CompiledBatch compiled(String name, Map<String, String> sources) throws Broken {
        try {
            return CompiledBatch.compile(name, sources, settings);
        } catch (AssertionError e) {
            throw new Broken(new Difference("javac", Difference.Kind.INVALID, e.getMessage()), e);
        }
    }

    private List<String> hibernateScript(CompiledModel reference, ParitySettings parity) throws Broken {
        try {
            return HibernateSchema.createScript(reference.loader(), reference.classNames(), parity);
        } catch (RuntimeException | LinkageError e) {
            throw new Broken(new Difference(parity.dialect().option(), Difference.Kind.INVALID,
                    "Hibernate rejects it: " + rootMessage(e)), e);
        }
    }

    /**
     * The catalog of a script: run on a fresh database, or, for a dialect without a server here (Oracle, SQL Server),
     * parsed as the parity suite parses it, Hibernate's with the deviations listed for that dialect applied.
     */
    private static Catalog catalog(ParityDialect dialect, FixtureNamespaces namespaces, boolean provideNamespaces,
            List<String> statements, String whose, Difference.Kind failure) throws Broken {
        try {
            if (!dialect.live()) {
                return ParityHarness.parsedCatalogOf(dialect, statements, provideNamespaces, whose + " " + dialect + " script");
            }
            return ParityHarness.catalogOf(dialect, namespaces, provideNamespaces, statements, whose + " " + dialect + " script");
        } catch (AssertionError e) {
            throw new Broken(new Difference(dialect.option(), failure, e.getMessage()), e);
        }
    }

    /** The report's differences, a fact both sides have in another version paired as one change. */
    private static List<Difference> differences(ParityDialect dialect, ParityReport report) {
        Map<String, String> theirs = bySubject(report.missing());
        Map<String, String> ours = bySubject(report.extra());
        List<Difference> differences = new ArrayList<>();
        theirs.forEach((subject, fact) -> differences.add(ours.containsKey(subject)
                ? new Difference(dialect.option(), Difference.Kind.CHANGED, fact + "\n" + ours.get(subject))
                : new Difference(dialect.option(), Difference.Kind.MISSING, fact)));
        ours.forEach((subject, fact) -> {
            if (!theirs.containsKey(subject)) {
                differences.add(new Difference(dialect.option(), Difference.Kind.EXTRA, fact));
            }
        });
        return differences;
    }

    private static Map<String, String> bySubject(SortedSet<String> facts) {
        Map<String, String> bySubject = new TreeMap<>();
        facts.forEach(fact -> bySubject.put(subject(fact), fact));
        return bySubject;
    }

    /** A primary key's subject is its table: the same key in another column order is one changed fact. */
    private static String subject(String fact) {
        return fact.startsWith("pk ") && fact.indexOf('(') > 0 ? fact.substring(0, fact.indexOf('(')) : Catalog.subject(fact);
    }

    private static void add(Map<Long, List<Difference>> differences, OptionalLong seed, Difference difference) {
        differences.computeIfAbsent(seed.orElse(Comparison.UNTRACED), k -> new ArrayList<>()).add(difference);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " / " + root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** The seeds a set of outcomes names, for messages. */
    static SortedSet<Long> seeds(List<SeedOutcome> outcomes) {
        TreeSet<Long> seeds = new TreeSet<>();
        outcomes.forEach(o -> seeds.add(o.seed()));
        return seeds;
    }
}
