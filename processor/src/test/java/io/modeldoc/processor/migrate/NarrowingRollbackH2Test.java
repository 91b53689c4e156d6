package io.modeldoc.processor.migrate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** On embedded H2, a rollback that narrows a column fails on a row that does not fit, and keeps the row's value. */
class NarrowingRollbackH2Test {

    static java.util.List<NarrowingRollbackCheck.Case> cases() {
        return NarrowingRollbackCheck.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theRollbackFailsInsteadOfLosingTheValue(NarrowingRollbackCheck.Case narrowing) {
        NarrowingRollbackCheck.verify(narrowing, "h2", null);
    }
}
