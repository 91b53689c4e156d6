package io.modeldoc.processor.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.sql.Dialect;
import io.modeldoc.processor.sql.Dialects;
import io.modeldoc.processor.sql.ReadableConstraintNamer;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shape of the Liquibase changelog in every dialect, which only three of run on a server here. */
class LiquibaseChangelogTest {

    @ParameterizedTest
    @CsvSource({"postgresql,postgresql", "mysql,mysql", "mariadb,mariadb", "h2,h2", "oracle,oracle", "sqlserver,mssql"})
    void oneChangesetWithTheDialectsDbmsAndTheRollbackInItsRollbackLines(String dialectName, String dbms) {
        Dialect dialect = Dialects.named(dialectName);
        MigrationCorpus.Case corpusCase = MigrationCorpusCases.named("many at once");
        MigrationFiles.Pair pair = MigrationFiles.plan(corpusCase.baseline(), corpusCase.changed(), dialect,
                new ReadableConstraintNamer(dialect));
        Map<String, String> files = new MigrationFiles("3.1", "many_at_once", MigrationStyle.LIQUIBASE).render(pair);
        String folder = "migrations/" + dialectName + "/";
        String changelog = files.get(folder + "changelog_3.1_many_at_once.sql");
        assertThat(changelog).startsWith("--liquibase formatted sql\n")
                .containsOnlyOnce("--changeset ")
                .contains("\n--changeset modeldoc:3.1-many_at_once dbms:" + dbms + "\n--comment: Migration 3.1 (many_at_once)")
                .contains("--   table shipment is dropped with all its rows.\n")
                .doesNotContain("start transaction", "begin transaction", "commit;");
        // every rollback statement, line by line, after the forward statements
        String rollbackLines = changelog.substring(changelog.indexOf("\n--rollback ") + 1);
        String rollback = String.join("\n", rollbackLines.lines().map(l -> l.substring("--rollback ".length())).toList());
        assertThat(rollback).isEqualTo(String.join(";\n", pair.rollback().statements()) + ";");
        assertThat(files.get(folder + "db.changelog-master.xml"))
                .contains("<tagDatabase tag=\"before-3.1-many_at_once\"/>", "<include file=\"changelog_3.1_many_at_once.sql\"");
    }
}
