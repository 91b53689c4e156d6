package io.modeldoc.processor.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.parity.Catalog;
import io.modeldoc.processor.parity.CatalogReader;
import io.modeldoc.processor.parity.Databases;
import io.modeldoc.processor.parity.FixtureNamespaces;
import io.modeldoc.processor.parity.ParityDialect;
import io.modeldoc.processor.parity.ScratchDatabase;
import io.modeldoc.processor.parity.ScriptCatalog;
import io.modeldoc.processor.sql.Dialect;
import io.modeldoc.processor.sql.Dialects;
import io.modeldoc.processor.sql.ReadableConstraintNamer;
import io.modeldoc.processor.support.ScriptStatements;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The migrations and rollbacks of the Oracle and SQL Server dialects, which have no server here: every statement of
 * every corpus case parses with JSqlParser, and on H2 in the database's compatibility mode the migration takes the
 * baseline's catalog to the changed model's and the rollback back, leaving out the statements H2 cannot run.
 */
class MigrationWithoutServersTest {

    /** Cases H2's compatibility modes cannot run, per dialect, with why. */
    private static final Set<String> NOT_ON_H2_ORACLE = Set.of(
            "column check", "ordinal enum value added"); // Oracle names inline checks itself: a warning, no statement
    private static final Set<String> NOT_ON_H2_SQLSERVER = Set.of(
            "rename column", "rename table", "many at once"); // sp_rename is SQL Server's own procedure

    static Stream<Arguments> cases() {
        return Stream.of("oracle", "sqlserver").flatMap(dialect -> MigrationCorpus.cases().stream()
                .map(c -> Arguments.of(dialect, c)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void everyStatementParses(String dialectName, MigrationCorpus.Case corpusCase) {
        List<String> scripts = scripts(dialectName, corpusCase);
        ParityDialect dialect = ParityDialect.of(dialectName);
        for (String script : scripts) {
            assertThat(script).as("a script of %s", corpusCase).contains("written by ModelDoc");
            for (String sql : ScriptStatements.split(script)) {
                ScriptCatalog.requireParsable(dialect, sql);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void sqlServerDropsTheNamedCheckOfAColumnBeforeTheColumn() {
        io.modeldoc.processor.model.DataModel base = Models.baseline();
        MigrationCorpus.Case dropEnum = new MigrationCorpus.Case("drop enum column", base,
                Models.editTable(base, "customer", t -> Models.editColumn(t, "status", c -> null)), true);
        List<String> forward = ScriptStatements.split(scripts("sqlserver", dropEnum).get(0));

        assertThat(forward).containsSubsequence("alter table customer drop constraint if exists ck_customer_status",
                "alter table customer drop column status");
        verifyOnH2("sqlserver", dropEnum);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void migrationAndRollbackReachTheirModelsOnH2(String dialectName, MigrationCorpus.Case corpusCase) {
        Set<String> skipped = dialectName.equals("oracle") ? NOT_ON_H2_ORACLE : NOT_ON_H2_SQLSERVER;
        if (!skipped.contains(corpusCase.name())) {
            verifyOnH2(dialectName, corpusCase);
        }
    }

    private static void verifyOnH2(String dialectName, MigrationCorpus.Case corpusCase) {
        Dialect dialect = Dialects.named(dialectName);
        ReadableConstraintNamer namer = new ReadableConstraintNamer(dialect);
        ParityDialect parity = ParityDialect.of(dialectName);
        List<String> scripts = scripts(dialectName, corpusCase);
        Catalog expectedAfter = fresh(corpusCase.changed(), parity, dialect, namer);
        Catalog expectedBefore = fresh(corpusCase.baseline(), parity, dialect, namer);
        try (ScratchDatabase db = Databases.h2InMode(mode(parity), FixtureNamespaces.NONE, false)) {
            db.run(checkable(parity, MigrationHarness.create(corpusCase.baseline(), dialect, namer)), "baseline of " + corpusCase);
            db.run(checkable(parity, ScriptStatements.split(scripts.get(0))), "migration of " + corpusCase + "\n" + scripts.get(0));
            assertThat(CatalogReader.read(db).facts()).as("catalog after the migration of %s:\n%s", corpusCase, scripts.get(0))
                    .containsExactlyElementsOf(expectedAfter.facts());
            db.run(checkable(parity, ScriptStatements.split(scripts.get(1))), "rollback of " + corpusCase + "\n" + scripts.get(1));
            assertThat(CatalogReader.read(db).facts()).as("catalog after the rollback of %s:\n%s", corpusCase, scripts.get(1))
                    .containsExactlyElementsOf(expectedBefore.facts());
        }
    }

    private static List<String> scripts(String dialectName, MigrationCorpus.Case corpusCase) {
        Dialect dialect = Dialects.named(dialectName);
        MigrationFiles.Pair pair = MigrationFiles.plan(corpusCase.baseline(), corpusCase.changed(), dialect,
                new ReadableConstraintNamer(dialect));
        return new ArrayList<>(new MigrationFiles("2", "corpus", MigrationStyle.PLAIN).render(pair).values());
    }

    private static Catalog fresh(io.modeldoc.processor.model.DataModel model, ParityDialect parity, Dialect dialect,
                                 ReadableConstraintNamer namer) {
        try (ScratchDatabase db = Databases.h2InMode(mode(parity), FixtureNamespaces.NONE, false)) {
            db.run(checkable(parity, MigrationHarness.create(model, dialect, namer)), "fresh schema");
            return CatalogReader.read(db);
        }
    }

    private static String mode(ParityDialect dialect) {
        return dialect == ParityDialect.ORACLE ? "Oracle" : "MSSQLServer";
    }

    private static List<String> checkable(ParityDialect dialect, List<String> statements) {
        return io.modeldoc.processor.parity.H2CompatibilityModes.checkable(dialect, statements);
    }
}
