package io.modeldoc.processor.fuzz;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the differential comparison says about one seed.
 *
 * @param seed        the seed
 * @param settings    the settings it was compared with
 * @param differences the unexplained differences; none when it passed
 * @param facts       the catalog facts of Hibernate's scripts compared for it (0 when they were compared in a batch)
 * @param uncompared  per dialect whose facts could not be compared because Hibernate's script fails on the server
 *                    where ModelDoc's runs, the listed deviation that says why ({@code mariadb #anchor}); none mostly
 */
public record SeedOutcome(long seed, FuzzSettings settings, List<Difference> differences, int facts, List<String> uncompared) {

    public SeedOutcome {
        differences = List.copyOf(differences);
        uncompared = List.copyOf(uncompared);
    }

    public SeedOutcome(long seed, FuzzSettings settings, List<Difference> differences, int facts) {
        this(seed, settings, differences, facts, List.of());
    }

    public boolean passed() {
        return differences.isEmpty();
    }

    /** Hibernate rejected the model: a generator bug, not a ModelDoc one. */
    public boolean invalid() {
        return differences.stream().anyMatch(d -> d.kind() == Difference.Kind.INVALID);
    }

    /** The shapes of its differences, sorted: how it fails. */
    public SortedSet<String> shapes() {
        TreeSet<String> shapes = new TreeSet<>();
        differences.forEach(d -> shapes.add(d.shape()));
        return shapes;
    }
}
