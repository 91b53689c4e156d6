package io.modeldoc.example;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The Java the processor generates: {@code ModelDocSchema} serves the scripts, and every entity
 * has a {@code <Entity>Table} class naming its table and columns.
 */
class GeneratedJavaTest {

    private static ModelSnapshot model;

    @BeforeAll
    static void readModel() {
        model = ModelSnapshot.load();
    }

    @ParameterizedTest
    @FieldSource("io.modeldoc.example.Outputs#DIALECTS")
    void ddlIsTheScriptOnTheClasspath(String dialect) {
        assertEquals(Outputs.script(dialect), ModelDocSchema.ddl(dialect));
    }

    @ParameterizedTest
    @FieldSource("io.modeldoc.example.Outputs#DIALECTS")
    void statementsComeWithoutTerminatorAndCreateEveryTable(String dialect) {
        List<String> statements = ModelDocSchema.statements(dialect);
        assertFalse(statements.isEmpty(), "no statements for " + dialect);
        assertAll(statements.stream().map(statement -> () -> {
            assertFalse(statement.isBlank(), "a blank statement");
            assertFalse(statement.strip().endsWith(";"), "ends with ';': " + statement);
        }));
        assertAll(model.tables().stream().map(table -> () -> assertTrue(
                statements.stream().anyMatch(createsTable(table.name())),
                "no statement of the " + dialect + " script creates table " + table.name())));
    }

    @TestFactory
    Stream<DynamicTest> everyEntityHasATableConstantsClass() {
        return model.entities().stream().map(entity -> dynamicTest(entity.simpleName() + "Table", () -> {
            Class<?> constants = Class.forName(entity.packageName() + "." + entity.simpleName() + "Table");
            assertEquals(entity.table(), constant(constants, "TABLE"));
            assertAll(model.table(entity.table()).columns().stream().map(column -> () -> assertEquals(
                    column.name(), constant(constants, column.name().toUpperCase(Locale.ROOT)),
                    constants.getSimpleName() + "." + column.name().toUpperCase(Locale.ROOT))));
        }));
    }

    private static Predicate<String> createsTable(String table) {
        Pattern create = Pattern.compile("(?i)\\bcreate\\s+table\\s+(if\\s+not\\s+exists\\s+)?[\"`]?"
                + Pattern.quote(ModelSnapshot.bare(table)) + "[\"`]?\\s*\\(");
        return statement -> create.matcher(statement).find();
    }

    private static Object constant(Class<?> type, String name) throws ReflectiveOperationException {
        Field field = type.getField(name);
        int modifiers = field.getModifiers();
        assertTrue(Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class,
                type.getSimpleName() + "." + name + " should be a public static final String");
        return field.get(null);
    }
}
