package io.modeldoc.processor.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.parity.ParityDialect;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A long campaign, run on demand only:
 * <pre>
 * mvn -B -pl processor -am test -Dtest=FuzzCampaign -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dfuzz.seeds=20000 -Dfuzz.dialects=h2
 * </pre>
 * Other properties: {@code fuzz.first} (first seed, default 1), {@code fuzz.batch} (seeds per compilation, 25),
 * {@code fuzz.patterns} (issue 12 pattern switches to turn on: {@code 1,4} or {@code all}), {@code fuzz.shrink}
 * (comparisons per shrink, 300; 0 for none), {@code fuzz.findings} (where shrunk fixtures go,
 * {@code target/fuzz-findings}). Prints the seeds run, the facts compared, the switches off, and every unexplained
 * difference with its shrunk model; fails when there is one.
 */
@EnabledIfSystemProperty(named = "fuzz.seeds", matches = "\\d+")
class FuzzCampaign {

    @Test
    void campaign() {
        List<ParityDialect> dialects = Arrays.stream(System.getProperty("fuzz.dialects", "h2").split(","))
                .map(ParityDialect::of).toList();
        Campaign.Plan plan = new Campaign.Plan(Long.getLong("fuzz.first", 1), Integer.getInteger("fuzz.seeds"),
                Integer.getInteger("fuzz.batch", 25), dialects, KnownDefect.enabled(System.getProperty("fuzz.patterns")),
                Integer.getInteger("fuzz.shrink", 300), Path.of(System.getProperty("fuzz.findings", "target/fuzz-findings")));
        Campaign.Report report = Campaign.run(plan, System.out);
        String summary = Campaign.summary(plan, report);
        System.out.println(summary);

        assertThat(report.failures()).as(summary).isEmpty();
    }
}
