package io.modeldoc.processor.doc;

import java.util.List;

/**
 * Testing Strategy: checklists derived from the model, one escaped item per test worth writing.
 *
 * @param unitTests        Bean Validation constraints and rules the application enforces
 * @param integrationTests what only a database shows: CHECK and unique constraints, cascades,
 *                         optimistic locking, named queries and performance targets
 */
public record TestingSection(List<String> unitTests, List<String> integrationTests) {

    public TestingSection {
        unitTests = List.copyOf(unitTests);
        integrationTests = List.copyOf(integrationTests);
    }
}
