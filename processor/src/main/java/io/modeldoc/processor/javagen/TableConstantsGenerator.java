package io.modeldoc.processor.javagen;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Table;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * {@code BookTable}: the table name ({@code TABLE}) and one constant per column, named after the
 * column, so queries and tests can refer to the schema without string literals. An entity with
 * {@code @SecondaryTable}s also gets {@code TABLE_<SECONDARY>} per secondary table and constants for
 * the columns stored there; the table constants are reserved first, so a column never takes their names.
 */
public final class TableConstantsGenerator {

    private static final Pattern OTHER_CHARACTERS = Pattern.compile("[^A-Za-z0-9]+");
    private static final Pattern EDGE_UNDERSCORES = Pattern.compile("^_+|_+$");

    public JavaFile generate(Entity entity, Table table, String packageName, Element origin) {
        return generate(entity, table, List.of(), packageName, origin);
    }

    /**
     * The constants of the entity's table and of its secondary tables, in the model's order. The names of the
     * tables come first, so that they keep their names whatever the columns are called; a column of a secondary
     * table whose name a constant holds already (its key column, usually) gets no second one.
     */
    public JavaFile generate(Entity entity, Table table, List<Table> secondaryTables, String packageName, Element origin) {
        TypeSpec.Builder type = TypeSpec.classBuilder(entity.simpleName() + "Table")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(GeneratedAnnotation.SPEC)
                .addJavadoc("Names of the table and columns of {@link $L}, as ModelDoc generated them.\n", entity.simpleName())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addField(constant("TABLE", table.name(), "The table" + where(table) + "."));
        if (!secondaryTables.isEmpty()) {
            type.addJavadoc("<p>Columns stored in a secondary table have their constants here too; {@code TABLE_<NAME>}\n"
                    + "names each secondary table (bare, as {@code TABLE} names the entity's own table).\n");
        }
        Set<String> used = new HashSet<>();
        used.add("TABLE");
        Map<String, String> named = new LinkedHashMap<>();
        for (Table secondary : secondaryTables) {
            String name = unique("TABLE_" + sanitized(secondary.name()), used);
            type.addField(constant(name, secondary.name(), "The secondary table " + JavaText.code(secondary.name())
                    + where(secondary) + ", keyed by the primary key of " + JavaText.code(table.name()) + "."));
        }
        for (Column column : table.columns()) {
            String name = unique(constantName(column.name()), used);
            named.put(column.name(), name);
            type.addField(constant(name, column.name(), "The column " + JavaText.code(column.name()) + "."));
        }
        for (Table secondary : secondaryTables) {
            for (Column column : secondary.columns()) {
                if (named.containsKey(column.name())) {
                    continue;
                }
                String name = unique(constantName(column.name()), used);
                named.put(column.name(), name);
                type.addField(constant(name, column.name(),
                        "The column " + JavaText.code(column.name()) + ", in the secondary table " + JavaText.code(secondary.name()) + "."));
            }
        }
        if (origin != null) {
            type.addOriginatingElement(origin);
        }
        return JavaFile.builder(packageName, type.build()).skipJavaLangImports(true).build();
    }

    private static FieldSpec constant(String name, String value, String doc) {
        return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer("$L", JavaText.literal(value))
                .addJavadoc(doc.replace("$", "$$") + "\n")
                .build();
    }

    /** {@code " in schema {@code billing}"} for a table outside the default namespace; empty otherwise. */
    private static String where(Table table) {
        return table.namespace().isDefault() ? "" : ", in " + JavaText.code(table.qualifiedName());
    }

    /** {@code customer_id} → {@code CUSTOMER_ID}; quotes and other characters become underscores. */
    static String constantName(String columnName) {
        String name = sanitized(columnName);
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            name = "COLUMN_" + name;
        }
        return name;
    }

    /** The name in upper case, each run of other characters than letters and digits an underscore, none at the ends. */
    private static String sanitized(String sqlName) {
        String name = OTHER_CHARACTERS.matcher(sqlName).replaceAll("_");
        return EDGE_UNDERSCORES.matcher(name).replaceAll("").toUpperCase(Locale.ROOT);
    }

    private static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = name + "_" + n;
        }
        return candidate;
    }
}
