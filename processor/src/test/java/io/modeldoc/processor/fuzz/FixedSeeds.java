package io.modeldoc.processor.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.parity.ParityDialect;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The fixed seed sets the build runs: a campaign that must end with no unexplained difference and no invalid model.
 * A failure prints every difference and the command that shrinks it.
 */
final class FixedSeeds {

    private FixedSeeds() {
    }

    static void assertAllPass(long firstSeed, int seeds, List<ParityDialect> dialects) {
        Campaign.Plan plan = new Campaign.Plan(firstSeed, seeds, 25, dialects, KnownDefect.enabled(null), 0,
                Path.of("target", "fuzz-findings"));
        Campaign.Report report = Campaign.run(plan, System.out);
        String summary = Campaign.summary(plan, report);
        System.out.println(summary);

        assertThat(report.failures())
                .as("%s%nShrink and keep them with: mvn -B -pl processor -am test -Dtest=FuzzCampaign -Dfuzz.first=<seed>"
                        + " -Dfuzz.seeds=1 -Dfuzz.dialects=%s", summary,
                        dialects.stream().map(ParityDialect::option).collect(Collectors.joining(",")))
                .isEmpty();
        assertThat(report.facts()).isPositive();
    }
}
