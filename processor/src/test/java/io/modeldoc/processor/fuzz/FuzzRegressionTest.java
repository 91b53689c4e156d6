package io.modeldoc.processor.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model the fuzzer shrank and we kept, under {@code fixtures/fuzz/<name>/}, through the same comparison:
 * at full parity; or, while the issue 12 pattern it shows is still open (its switch off), still showing its
 * difference, so that the day the fix lands this test says to turn the switch on.
 */
class FuzzRegressionTest {

    static Stream<Path> fixtures() throws IOException, URISyntaxException {
        URL root = FuzzRegressionTest.class.getClassLoader().getResource("fixtures/fuzz");
        if (root == null) {
            return Stream.empty();
        }
        try (Stream<Path> folders = Files.list(Path.of(root.toURI()))) {
            return folders.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixture(Path folder) {
        FuzzFixture fixture = FuzzFixture.read(folder);
        SeedOutcome outcome = new DifferentialRunner(fixture.settings()).alone(fixture.seed(), fixture.sources());
        String differences = String.join("\n", outcome.differences().stream().map(Difference::toString).toList());
        System.out.println("fuzz fixture " + fixture.name() + ": " + outcome.facts() + " facts, "
                + outcome.differences().size() + " differences");

        if (fixture.open().isPresent()) {
            KnownDefect defect = KnownDefect.byNumber(fixture.open().getAsInt());
            assertThat(outcome.shapes())
                    .as("%s shows pattern %d (%s), whose switch is off, and no longer shows its difference: if the pattern is"
                            + " fixed, mark the switch FIXED in KnownDefect and drop 'open' from its"
                            + " fuzz.properties; if it only fails another way now, update 'shape'.%n%s",
                            fixture.name(), defect.number(), defect.pattern(), differences)
                    .contains(fixture.shape());
            assertThat(KnownDefect.FIXED_IN_MAIN).doesNotContain(defect);
        } else {
            assertThat(outcome.differences()).as("%s:%n%s", fixture.name(), differences).isEmpty();
            assertThat(outcome.facts()).isPositive();
        }
    }
}
