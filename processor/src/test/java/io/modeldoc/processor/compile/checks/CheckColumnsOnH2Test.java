package io.modeldoc.processor.compile.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.support.Fixtures;
import io.modeldoc.processor.support.H2;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks over a single-table hierarchy on H2: a subclass's rule names an attribute of its parent by placeholder, a
 * column named like a reserved word ({@code year}) is quoted in the check as in the table, and {@code extract}'s field
 * of the same name stays a key word. The checks compile without a diagnostic and hold.
 */
class CheckColumnsOnH2Test {

    private static final JavaFileObject VEHICLE = JavaFileObjects.forSourceLines("test.Vehicle",
            "package test;",
            "import jakarta.persistence.*;",
            "import io.modeldoc.annotations.BusinessRule;",
            "/** A vehicle. */",
            "@Entity",
            "@BusinessRule(value = \"Built this century, registered after.\",",
            "    check = \"{year} >= 2000 and (registered_on is null or extract(year from registered_on) >= {year})\")",
            "public class Vehicle {",
            "  @Id private Long id;",
            "  /** Built. */ @Column(name = \"year\") private int year;",
            "  /** Registered. */ @Column(name = \"registered_on\") private java.time.LocalDate registeredOn;",
            "  /** Name. */ private String name;",
            "}");

    private static final JavaFileObject TRUCK = JavaFileObjects.forSourceLines("test.Truck",
            "package test;",
            "import jakarta.persistence.*;",
            "import io.modeldoc.annotations.BusinessRule;",
            "/** A truck. */",
            "@Entity",
            "@BusinessRule(value = \"A loaded truck has a name.\", check = \"{name} is not null or {payload} = 0\")",
            "public class Truck extends Vehicle {",
            "  /** Tonnes. */ private Integer payload;",
            "}");

    @ParameterizedTest
    @ValueSource(strings = {"jpa", "snake_case"})
    void checksOverAHierarchyHold(String naming) throws SQLException {
        Compilation compilation = Fixtures.compile(List.of(VEHICLE, TRUCK), "modeldoc.dialects=h2", "modeldoc.naming=" + naming,
                "modeldoc.lint=off");
        assertThat(compilation.errors()).isEmpty();
        String script = Fixtures.output(compilation, "schema-h2.sql");
        assertThat(script).contains("check (\"YEAR\" >= 2000 and (registered_on is null or extract(year from registered_on) "
                + ">= \"YEAR\"))", "check (name is not null or payload = 0)");
        String insert = "insert into " + (naming.equals("jpa") ? "Vehicle" : "vehicle")
                + " (id, DTYPE, \"YEAR\", registered_on, name, payload) values ";
        try (Connection connection = H2.fresh(); Statement statement = connection.createStatement()) {
            H2.run(connection, script);
            statement.execute(insert + "(1, 'Vehicle', 2010, date '2011-01-01', null, null)");
            statement.execute(insert + "(2, 'Truck', 2012, null, 'Atlas', 7)");
            assertThatThrownBy(() -> statement.execute(insert + "(3, 'Vehicle', 1999, null, null, null)"))
                    .as("built last century").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.execute(insert + "(4, 'Vehicle', 2010, date '2009-01-01', null, null)"))
                    .as("registered before built").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.execute(insert + "(5, 'Truck', 2012, null, null, 7)"))
                    .as("a loaded truck without a name").isInstanceOf(SQLException.class);
        }
    }
}
