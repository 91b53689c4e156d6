package io.modeldoc.processor.migrate;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Liquibase runs the expand/contract changelogs ({@code modeldoc.migration.drops=later}) on embedded H2, both ways. */
class LiquibaseDropsLaterH2Test {

    @Test
    void liquibaseRunsTheMigrationThenTheDropsAndRollsBothBack(@TempDir Path folder) {
        LiquibaseDropsLaterCheck.verify("h2", folder);
    }
}
