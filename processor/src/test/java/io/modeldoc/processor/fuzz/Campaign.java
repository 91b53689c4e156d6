package io.modeldoc.processor.fuzz;

import io.modeldoc.processor.parity.ParityDialect;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * A run of the differential fuzzer over a range of seeds: seeds grouped by their settings and compared in
 * batches, every failing seed listed, the first seed of each new difference shape shrunk and written as a fixture.
 */
public final class Campaign {

    /**
     * @param firstSeed   the first seed
     * @param seeds       how many consecutive seeds
     * @param batchSize   seeds compiled and compared together
     * @param dialects    the dialects to compare on
     * @param enabled     the pattern switches that are on
     * @param shrinkTries the budget of comparisons per shrink; 0 to shrink nothing
     * @param findings    where shrunk fixtures are written
     */
    public record Plan(long firstSeed, int seeds, int batchSize, List<ParityDialect> dialects, Set<KnownDefect> enabled,
            int shrinkTries, Path findings) {
    }

    /** A shape shrunk: the seed it came from, the smaller model, the fixture written. */
    public record Finding(String shape, SeedOutcome outcome, Shrinker.Result shrunk, Path fixture) {
    }

    /**
     * @param seeds    seeds compared
     * @param facts    catalog facts of Hibernate's scripts compared
     * @param seconds  wall-clock time
     * @param failures seeds with unexplained differences, or that Hibernate rejected (generator bugs)
     * @param findings the shrunk shapes
     * @param uncompared per dialect and listed deviation, the seeds whose facts there could not be compared because
     *                   Hibernate's script fails on the server where ModelDoc's runs
     */
    public record Report(int seeds, long facts, double seconds, List<SeedOutcome> failures, List<Finding> findings,
            Map<String, Integer> uncompared) {

        public long invalid() {
            return failures.stream().filter(SeedOutcome::invalid).count();
        }

        public long unexplained() {
            return failures.size() - invalid();
        }
    }

    private Campaign() {
    }

    public static Report run(Plan plan, PrintStream out) {
        long start = System.nanoTime();
        ModelGenerator generator = new ModelGenerator(plan.enabled());
        Map<FuzzSettings, List<Long>> bySettings = new LinkedHashMap<>();
        for (long seed = plan.firstSeed(); seed < plan.firstSeed() + plan.seeds(); seed++) {
            bySettings.computeIfAbsent(FuzzSettings.forSeed(seed, plan.dialects()), k -> new ArrayList<>()).add(seed);
        }
        List<SeedOutcome> failures = new ArrayList<>();
        Map<String, Integer> uncompared = new TreeMap<>();
        long facts = 0;
        int done = 0;
        for (Map.Entry<FuzzSettings, List<Long>> group : bySettings.entrySet()) {
            DifferentialRunner runner = new DifferentialRunner(group.getKey());
            List<Long> seeds = group.getValue();
            for (int i = 0; i < seeds.size(); i += plan.batchSize()) {
                List<FuzzModel> batch = seeds.subList(i, Math.min(seeds.size(), i + plan.batchSize())).stream()
                        .map(generator::generate).toList();
                for (SeedOutcome outcome : runner.run(batch)) {
                    facts += outcome.facts();
                    outcome.uncompared().forEach(why -> uncompared.merge(why, 1, Integer::sum));
                    if (!outcome.passed()) {
                        failures.add(outcome);
                        out.println("  seed " + outcome.seed() + " (" + outcome.settings().label() + "): " + outcome.shapes());
                    }
                }
                done += batch.size();
                out.printf(Locale.ROOT, "fuzz: %d/%d seeds, %d failing, %.0f s%n", done, plan.seeds(), failures.size(),
                        (System.nanoTime() - start) / 1e9);
            }
        }
        List<Finding> findings = shrink(plan, generator, failures, out);
        return new Report(plan.seeds(), facts, (System.nanoTime() - start) / 1e9, failures, findings, uncompared);
    }

    /** Shrinks the first seed of each shape not seen before, on the dialect that shows it. */
    private static List<Finding> shrink(Plan plan, ModelGenerator generator, List<SeedOutcome> failures, PrintStream out) {
        List<Finding> findings = new ArrayList<>();
        Map<String, SeedOutcome> firstByShape = new TreeMap<>();
        for (SeedOutcome failure : failures) {
            if (!failure.invalid()) {
                failure.shapes().forEach(shape -> firstByShape.putIfAbsent(shape, failure));
            }
        }
        if (plan.shrinkTries() <= 0) {
            return findings;
        }
        Set<Long> shrunk = new java.util.HashSet<>();
        for (Map.Entry<String, SeedOutcome> entry : firstByShape.entrySet()) {
            String shape = entry.getKey();
            SeedOutcome failure = entry.getValue();
            if (!shrunk.add(failure.seed()) && findings.stream().anyMatch(f -> f.shrunk().outcome().shapes().contains(shape))) {
                continue;
            }
            ParityDialect dialect = dialectOf(shape, plan.dialects());
            FuzzSettings settings = failure.settings().withDialects(List.of(dialect));
            DifferentialRunner runner = new DifferentialRunner(settings);
            out.println("fuzz: shrinking seed " + failure.seed() + " for '" + shape + "'");
            Shrinker.Result result = new Shrinker(runner::alone, plan.shrinkTries()).shrink(generator.generate(failure.seed()),
                    failure, shape);
            String name = shape.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + "-s" + failure.seed();
            Path fixture = FuzzFixture.of(name, result.model(), settings, shape, OptionalInt.empty()).write(plan.findings());
            findings.add(new Finding(shape, failure, result, fixture));
        }
        return findings;
    }

    private static ParityDialect dialectOf(String shape, List<ParityDialect> dialects) {
        String where = shape.substring(0, shape.indexOf(' '));
        return dialects.stream().filter(d -> d.option().equals(where)).findFirst().orElse(dialects.get(0));
    }

    /** The campaign's closing summary: figures, switches off, every unexplained difference with its shrunk model. */
    public static String summary(Plan plan, Report report) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "fuzz campaign: %d seeds from %d on %s, %d facts compared, %.1f s (%.3f s/seed)%n",
                report.seeds(), plan.firstSeed(), plan.dialects(), report.facts(), report.seconds(),
                report.seconds() / Math.max(1, report.seeds())));
        text.append("pattern switches off (1-14: issue 12, 15 on: found by the fuzzer): ").append(KnownDefect.describeOff(plan.enabled())).append('\n');
        text.append("invalid models (generator bugs): ").append(report.invalid()).append('\n');
        text.append("seeds with unexplained differences: ").append(report.unexplained()).append('\n');
        text.append("seeds not compared on a dialect, Hibernate's script failing there where ModelDoc's runs: ")
                .append(report.uncompared().isEmpty() ? "none" : report.uncompared()).append('\n');
        for (SeedOutcome failure : report.failures()) {
            text.append("  seed ").append(failure.seed()).append(" (").append(failure.settings().label()).append(")\n");
            failure.differences().forEach(d -> text.append("    ").append(d.toString().replace("\n", "\n    ")).append('\n'));
        }
        for (Finding finding : report.findings()) {
            text.append("shrunk '").append(finding.shape()).append("' from seed ").append(finding.outcome().seed())
                    .append(" (").append(finding.shrunk().tries()).append(" tries) into ").append(finding.fixture()).append(":\n");
            SourcePrinter.sources(finding.shrunk().model()).forEach((path, source) ->
                    text.append("  // ").append(path).append('\n').append(source.indent(2)));
            finding.shrunk().outcome().differences().forEach(d -> text.append("  ").append(d).append('\n'));
        }
        return text.toString();
    }
}
