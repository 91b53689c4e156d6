package io.modeldoc.processor.compile.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.parity.Databases;
import io.modeldoc.processor.parity.ParityDialect;
import io.modeldoc.processor.parity.ScratchDatabase;
import io.modeldoc.processor.sql.Dialect;
import io.modeldoc.processor.sql.Dialects;
import io.modeldoc.processor.support.Fixtures;
import io.modeldoc.processor.support.ScriptStatements;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * A business rule written with {@code {attribute}} placeholders holds on the database under either naming: the check
 * names the columns the naming gives ({@code deliveredOn} or {@code delivered_on}), a column named by a reserved word
 * ({@code limit}) quoted as the table quotes it, and the database accepts a row that keeps the rule and refuses one that
 * breaks it.
 */
final class CheckPlaceholdersCheck {

    static final JavaFileObject SHIPMENT = JavaFileObjects.forSourceLines("test.Shipment",
            "package test;",
            "import jakarta.persistence.*;",
            "import io.modeldoc.annotations.BusinessRule;",
            "/** A shipment. */",
            "@Entity",
            "@BusinessRule(id = \"BR-1\", value = \"Delivery follows shipping.\",",
            "    check = \"{deliveredOn} is null or {deliveredOn} >= {shippedOn}\")",
            "public class Shipment {",
            "  @Id private Long id;",
            "  /** Shipped. */ private java.time.LocalDate shippedOn;",
            "  /** Delivered. */ private java.time.LocalDate deliveredOn;",
            "  /** The most parcels. */ @BusinessRule(value = \"Positive.\", check = \"{limit} > 0\") private int limit;",
            "}");

    private CheckPlaceholdersCheck() {
    }

    /** The check's text in the dialect's script under the naming, e.g. {@code delivered_on is null or …}. */
    static String script(String dialect, String naming) {
        Compilation compilation = Fixtures.compile(List.of(SHIPMENT), "modeldoc.dialects=" + dialect,
                "modeldoc.naming=" + naming, "modeldoc.lint=off");
        assertThat(compilation.errors()).as("errors").isEmpty();
        return Fixtures.output(compilation, "schema-" + dialect + ".sql");
    }

    static void verify(String dialectName, String naming) {
        String script = script(dialectName, naming);
        Dialect dialect = Dialects.named(dialectName);
        boolean snake = naming.equals("snake_case");
        String shipped = snake ? "shipped_on" : "shippedOn";
        String delivered = snake ? "delivered_on" : "deliveredOn";
        String limit = dialect.identifier("limit");
        assertThat(script).contains("check (" + delivered + " is null or " + delivered + " >= " + shipped + ")")
                .contains("check (" + limit + " > 0)");
        String insert = "insert into " + (snake ? "shipment" : "Shipment") + " (id, " + shipped + ", " + delivered + ", "
                + limit + ") values ";
        try (ScratchDatabase db = Databases.fresh(ParityDialect.of(dialectName))) {
            db.run(ScriptStatements.split(script), "the script of " + dialectName + " under " + naming);
            db.run(List.of(insert + "(1, date '2024-01-02', date '2024-01-05', 3)",
                    insert + "(2, date '2024-01-02', null, 1)"), "rows that keep the rules");
            assertThatThrownBy(() -> execute(db, insert + "(3, date '2024-01-05', date '2024-01-02', 3)"))
                    .as("delivered before shipped").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> execute(db, insert + "(4, date '2024-01-02', null, 0)"))
                    .as("a limit of 0").isInstanceOf(SQLException.class);
        }
    }

    private static void execute(ScratchDatabase db, String sql) throws SQLException {
        try (Statement statement = db.connection().createStatement()) {
            statement.execute(sql);
        }
    }
}
