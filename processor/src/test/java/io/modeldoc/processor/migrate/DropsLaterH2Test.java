package io.modeldoc.processor.migrate;

import org.junit.jupiter.api.Test;

/** Expand/contract ({@code modeldoc.migration.drops=later}) on embedded H2. */
class DropsLaterH2Test {

    @Test
    void theMigrationKeepsWhatItDropsAndTheDropsScriptRemovesIt() {
        DropsLaterCheck.verify("h2");
    }
}
