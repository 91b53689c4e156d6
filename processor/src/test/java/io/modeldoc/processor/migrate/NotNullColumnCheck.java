package io.modeldoc.processor.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modeldoc.processor.parity.Databases;
import io.modeldoc.processor.parity.ParityDialect;
import io.modeldoc.processor.parity.ScratchDatabase;
import io.modeldoc.processor.sql.Dialect;
import io.modeldoc.processor.sql.Dialects;
import io.modeldoc.processor.sql.ReadableConstraintNamer;
import io.modeldoc.processor.support.ScriptStatements;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The warning about a NOT NULL column added without a default says what the database does with the rows already there,
 * and the database does it: the migration fails, or every row gets an invented value.
 */
final class NotNullColumnCheck {

    private NotNullColumnCheck() {
    }

    /** @param sqlMode the session's {@code sql_mode} on MariaDB ({@code ''}: not strict); null to keep the server's */
    static void verify(String dialectName, String sqlMode) {
        MigrationCorpus.Case corpusCase = MigrationCorpusCases.named("add not null column");
        Dialect dialect = Dialects.named(dialectName);
        ReadableConstraintNamer namer = new ReadableConstraintNamer(dialect);
        Migration forward = MigrationFiles.plan(corpusCase.baseline(), corpusCase.changed(), dialect, namer).forward();
        String warning = forward.warnings().stream().filter(w -> w.contains("customer.phone")).findFirst().orElseThrow();
        try (ScratchDatabase db = Databases.fresh(ParityDialect.of(dialectName))) {
            db.run(MigrationHarness.create(corpusCase.baseline(), dialect, namer), "baseline");
            db.run(MigrationHarness.RowFiller.inserts(corpusCase.baseline(), dialect), "rows");
            if (sqlMode != null) {
                db.run(List.of("set session sql_mode = '" + sqlMode + "'"), "mode");
            }
            List<String> statements = ScriptStatements.split(MigrationScript.render(forward, "Migration"));
            if (dialect.fillsAddedNotNullColumns()) {
                assertThat(warning).contains("on " + dialectName + " every row already there silently gets '' (an empty string)");
                db.run(statements, "migration");
                assertThat(phone(db)).as("the value the database invented").isEmpty();
            } else {
                assertThat(warning).contains("on " + dialectName + " the migration fails on a table that has rows");
                assertThatThrownBy(() -> db.run(statements, "migration")).isInstanceOf(AssertionError.class);
                rollBack(db);
            }
            assertThat(warning).contains("@Column(columnDefinition = \"varchar(30) default '…' not null\")");
        }
    }

    private static String phone(ScratchDatabase db) {
        try (Statement jdbc = db.connection().createStatement(); ResultSet rows = jdbc.executeQuery("select phone from customer")) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static void rollBack(ScratchDatabase db) {
        try (Statement jdbc = db.connection().createStatement()) {
            jdbc.execute("rollback");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
