package io.modeldoc.processor.migrate;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway applies and validates the Flyway-style scripts on embedded H2. */
class FlywayH2Test {

    @Test
    void flywayAppliesAndValidatesTheMigration(@TempDir Path folder) {
        FlywayCheck.verify(MigrationCorpusCases.named("many at once"), "h2", folder);
    }
}
