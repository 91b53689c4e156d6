package io.modeldoc.processor.javagen;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Table;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * {@code BookTable}: the table name ({@code TABLE}) and one constant per column, named after the
 * column, so queries and tests can refer to the schema without string literals.
 */
public final class TableConstantsGenerator {

    public JavaFile generate(Entity entity, Table table, String packageName, Element origin) {
        TypeSpec.Builder type = TypeSpec.classBuilder(entity.simpleName() + "Table")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(GeneratedAnnotation.SPEC)
                .addJavadoc("Names of the table and columns of {@link $L}, as ModelDoc generated them.\n", entity.simpleName())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addField(constant("TABLE", table.name(), "The table."));
        Set<String> used = new HashSet<>();
        used.add("TABLE");
        for (Column column : table.columns()) {
            String name = unique(constantName(column.name()), used);
            type.addField(constant(name, column.name(), "The column {@code " + column.name() + "}."));
        }
        if (origin != null) {
            type.addOriginatingElement(origin);
        }
        return JavaFile.builder(packageName, type.build()).skipJavaLangImports(true).build();
    }

    private static FieldSpec constant(String name, String value, String doc) {
        return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer("$S", value)
                .addJavadoc(doc.replace("$", "$$") + "\n")
                .build();
    }

    /** {@code customer_id} → {@code CUSTOMER_ID}; quotes and other characters become underscores. */
    static String constantName(String columnName) {
        String name = columnName.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "").toUpperCase(Locale.ROOT);
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            name = "COLUMN_" + name;
        }
        return name;
    }

    private static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = name + "_" + n;
        }
        return candidate;
    }
}
