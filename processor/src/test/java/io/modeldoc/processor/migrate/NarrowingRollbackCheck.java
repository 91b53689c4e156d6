package io.modeldoc.processor.migrate;

import static io.modeldoc.processor.migrate.Models.column;
import static io.modeldoc.processor.migrate.Models.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.SqlType;
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
 * A migration widens a column, a row then stores a value only the wider column holds, and the rollback, which narrows
 * the column back, must fail and leave the value as it was: never cut, rounded or replaced.
 */
final class NarrowingRollbackCheck {

    /**
     * @param before the baseline's column {@code amount} (narrow)
     * @param after  the build's column {@code amount} (wide)
     * @param value  a literal only {@code after} holds
     */
    record Case(String name, Column before, Column after, String value) {
        @Override
        public String toString() {
            return name;
        }
    }

    private NarrowingRollbackCheck() {
    }

    static List<Case> cases() {
        return List.of(
                new Case("shorter varchar", column("amount", SqlType.VARCHAR, 100, true), column("amount", SqlType.VARCHAR, 150, true),
                        "'" + "x".repeat(140) + "'"),
                new Case("smaller scale", numeric(10, 2), numeric(12, 3), "1.125"),
                new Case("smaller precision", numeric(5, 2), numeric(12, 2), "123456.25"),
                new Case("smaller integer", column("amount", SqlType.INTEGER, 0, true), column("amount", SqlType.BIGINT, 0, true),
                        "3000000000"),
                new Case("enum without a constant", enumOf("ACTIVE", "CLOSED"), enumOf("ACTIVE", "CLOSED", "SUSPENDED"), "'SUSPENDED'"),
                new Case("timestamp to date", column("amount", SqlType.DATE, 0, true), column("amount", SqlType.TIMESTAMP, 0, true),
                        "timestamp '2026-01-01 10:11:12'"));
    }

    /**
     * @param sqlMode the session's {@code sql_mode} on MariaDB while the rollback runs ({@code ''}: not strict); null to
     *                keep the server's
     */
    static void verify(Case narrowing, String dialectName, String sqlMode) {
        Dialect dialect = Dialects.named(dialectName);
        ReadableConstraintNamer namer = new ReadableConstraintNamer(dialect);
        DataModel baseline = model(narrowing.before());
        DataModel current = model(narrowing.after());
        MigrationFiles.Pair pair = MigrationFiles.plan(baseline, current, dialect, namer);
        String rollback = MigrationScript.render(pair.rollback(), "Rollback");
        assertThat(rollback).as("the rollback's header names the narrowing").contains("column item.amount narrows from");
        try (ScratchDatabase db = Databases.fresh(ParityDialect.of(dialectName))) {
            db.run(MigrationHarness.create(baseline, dialect, namer), "baseline");
            db.run(ScriptStatements.split(MigrationScript.render(pair.forward(), "Migration")), "migration");
            db.run(List.of("insert into item (id, amount) values (1, " + narrowing.value() + ")"), "the row");
            String stored = value(db);
            if (sqlMode != null) {
                db.run(List.of("set session sql_mode = '" + sqlMode + "'"), "mode");
            }
            assertThatThrownBy(() -> db.run(ScriptStatements.split(rollback), "rollback"))
                    .as("the rollback of %s on %s must fail:\n%s", narrowing, dialectName, rollback)
                    .isInstanceOf(AssertionError.class);
            rollBackOpenTransaction(db);
            assertThat(value(db)).as("the value after the failed rollback").isEqualTo(stored);
        }
    }

    private static DataModel model(Column value) {
        return Models.model(List.of(Models.table("item", List.of(id(), value), List.of(), List.of(), List.of(), List.of())),
                List.of());
    }

    private static Column numeric(int precision, int scale) {
        return new Column("amount", SqlType.NUMERIC, 0, precision, scale, true, false, false, List.of(), List.of(), "");
    }

    private static Column enumOf(String... constants) {
        return new Column("amount", SqlType.ENUM_STRING, 20, 0, 0, true, false, false, List.of(constants), List.of(), "");
    }

    private static String value(ScratchDatabase db) {
        try (Statement jdbc = db.connection().createStatement(); ResultSet rows = jdbc.executeQuery("select amount from item")) {
            assertThat(rows.next()).as("the row is still there").isTrue();
            return String.valueOf(rows.getObject(1));
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** A statement failing inside the script's transaction (PostgreSQL) leaves it open and aborted. */
    private static void rollBackOpenTransaction(ScratchDatabase db) {
        try (Statement jdbc = db.connection().createStatement()) {
            jdbc.execute("rollback");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
