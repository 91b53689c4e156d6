package io.modeldoc.processor.migrate;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Liquibase updates embedded H2 from the baseline with the changelog, and rolls it back to the baseline. */
class LiquibaseH2Test {

    @Test
    void liquibaseUpdatesAndRollsBackTheMigration(@TempDir Path folder) {
        LiquibaseCheck.verify(MigrationCorpusCases.named("many at once"), "h2", folder);
    }
}
