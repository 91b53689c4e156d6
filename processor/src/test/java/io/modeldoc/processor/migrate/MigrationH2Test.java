package io.modeldoc.processor.migrate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every corpus case on embedded H2, in the default build. */
class MigrationH2Test {

    /** H2 names column checks itself, so a changed one is a warning, not a statement. */
    static final java.util.Set<String> NOT_EXPRESSED = java.util.Set.of("column check", "ordinal enum value added");

    static java.util.List<MigrationCorpus.Case> cases() {
        return MigrationCorpus.cases().stream().filter(c -> !NOT_EXPRESSED.contains(c.name())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void migrationAndRollbackReachTheirModels(MigrationCorpus.Case corpusCase) {
        MigrationHarness.verify(corpusCase, "h2");
    }

    @org.junit.jupiter.api.Test
    void aChangedColumnCheckIsAWarningOnH2() {
        MigrationCorpus.Case changed = MigrationCorpus.cases().stream().filter(c -> c.name().equals("column check")).findFirst().orElseThrow();
        io.modeldoc.processor.sql.Dialect h2 = io.modeldoc.processor.sql.Dialects.named("h2");
        Migration migration = MigrationFiles.plan(changed.baseline(), changed.changed(), h2,
                new io.modeldoc.processor.sql.ReadableConstraintNamer(h2)).forward();
        org.assertj.core.api.Assertions.assertThat(migration.warnings()).singleElement().asString()
                .contains("check of column purchase.quantity changed, but h2 names column checks itself");
    }
}
