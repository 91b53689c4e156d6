package io.modeldoc.processor.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shrinker against a stand-in comparison, so the property is checked on many models quickly. */
class ShrinkerTest {

    /** "Fails" while some field is a {@code java.util.UUID}: the smallest such model keeps one class with that field. */
    private static SeedOutcome fake(FuzzModel model) {
        boolean fails = model.classes().stream().anyMatch(c -> c.fields().stream().anyMatch(f -> f.type().equals("java.util.UUID")));
        List<Difference> differences = fails
                ? List.of(new Difference("h2", Difference.Kind.MISSING, "column s1x.uuid type=uuid nullable=true"))
                : List.of();
        return new SeedOutcome(model.seed(), null, differences, 0);
    }

    @Test
    void shrinksToTheOneClassAndFieldThatFail() {
        ModelGenerator generator = new ModelGenerator(KnownDefect.enabled(null));
        int shrunk = 0;
        for (long seed = 1; seed <= 200 && shrunk < 10; seed++) {
            FuzzModel model = generator.generate(seed);
            SeedOutcome outcome = fake(model);
            if (outcome.passed()) {
                continue;
            }
            shrunk++;
            Shrinker.Result result = new Shrinker(ShrinkerTest::fake, 10_000).shrink(model, outcome, "h2 -column");

            FuzzModel smallest = result.model();
            assertThat(fake(smallest).shapes()).containsExactly("h2 -column");
            assertThat(smallest.size()).isLessThanOrEqualTo(model.size());
            assertThat(Reductions.referencesResolve(smallest)).isTrue();
            // Nothing is left that could go: the failing field and what it cannot stand without.
            assertThat(Reductions.of(smallest)).allSatisfy(candidate -> assertThat(fake(candidate).passed()
                    || candidate.size() == smallest.size()).isTrue());
        }
        assertThat(shrunk).isEqualTo(10);
    }
}
