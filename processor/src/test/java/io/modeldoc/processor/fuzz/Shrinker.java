package io.modeldoc.processor.fuzz;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reduces a failing model to a small one that still fails the same way (delta debugging over the model): tries
 * each one-step {@link Reductions reduction} in turn, keeps every one that still shows the target difference
 * shape, and repeats until a whole pass changes nothing or the budget of tries is spent.
 */
public final class Shrinker {

    private final Function<FuzzModel, SeedOutcome> runner;
    private final int maxTries;

    /** @param runner compares one model, e.g. {@link DifferentialRunner#alone(FuzzModel)} on the failing dialect only */
    public Shrinker(Function<FuzzModel, SeedOutcome> runner, int maxTries) {
        this.runner = runner;
        this.maxTries = maxTries;
    }

    /** The shrunk model and how many comparisons it took. */
    public record Result(FuzzModel model, SeedOutcome outcome, int tries) {
    }

    /** Shrinks the model while its outcome still shows the shape (one of {@link SeedOutcome#shapes()}). */
    public Result shrink(FuzzModel model, SeedOutcome failing, String shape) {
        Predicate<SeedOutcome> same = outcome -> outcome.shapes().contains(shape);
        FuzzModel smallest = model;
        SeedOutcome smallestOutcome = failing;
        int tries = 0;
        boolean progress = true;
        while (progress && tries < maxTries) {
            progress = false;
            List<FuzzModel> candidates = Reductions.of(smallest);
            for (int i = 0; i < candidates.size() && tries < maxTries; i++) {
                FuzzModel candidate = candidates.get(i);
                // A model without classes is no model: javac refuses to compile nothing.
                if (candidate.size() > smallest.size() || candidate.classes().isEmpty()) {
                    continue;
                }
                tries++;
                SeedOutcome outcome = runner.apply(candidate);
                if (same.test(outcome)) {
                    smallest = candidate;
                    smallestOutcome = outcome;
                    progress = true;
                    // The same index of the new model's reductions is the next untried one, roughly: go on from there.
                    candidates = Reductions.of(smallest);
                    i--;
                }
            }
        }
        return new Result(smallest, smallestOutcome, tries);
    }
}
