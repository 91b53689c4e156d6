package io.modeldoc.processor.javagen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * {@code ModelDocSchema}: the generated create scripts, read from the class path, whole or as
 * statements ready for {@code java.sql.Statement#execute}. It reads the copies written below its
 * own package ({@code <package>/modeldoc/schema-<dialect>.sql}), not {@code modeldoc/schema-<dialect>.sql},
 * which every module's jar holds: with several modules on the class path, each class reads its own.
 */
public final class SchemaClassGenerator {

    public static final String CLASS_NAME = "ModelDocSchema";

    public JavaFile generate(String packageName, List<String> dialects) {
        ClassName self = ClassName.get(packageName, CLASS_NAME);
        ParameterizedTypeName listOfStrings = ParameterizedTypeName.get(List.class, String.class);
        String dialectList = dialects.stream().map(d -> CodeBlock.of("$S", d).toString()).collect(Collectors.joining(", "));

        FieldSpec dialectsField = FieldSpec.builder(listOfStrings, "DIALECTS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", List.class, dialectList)
                .addJavadoc("The dialects ModelDoc generated scripts for, in the order configured.\n")
                .build();

        MethodSpec ddl = MethodSpec.methodBuilder("ddl")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(String.class)
                .addParameter(String.class, "dialect")
                .addJavadoc("The create script for {@code dialect}, as written to {@code modeldoc/schema-<dialect>.sql}; read from\n"
                        + "this module's copy beside this class, whatever other modules' scripts are on the class path.\n\n"
                        + "@throws IllegalArgumentException when no script was generated for the dialect\n")
                .beginControlFlow("if (!DIALECTS.contains(dialect))")
                .addStatement("throw new $T($S + dialect + $S + DIALECTS)", IllegalArgumentException.class,
                        "No ModelDoc schema for dialect '", "'; generated: ")
                .endControlFlow()
                .addComment("Relative to this class's package: this module's copy, never another jar's.")
                .addStatement("String path = $S + dialect + $S", "modeldoc/schema-", ".sql")
                .beginControlFlow("try ($T in = $T.class.getResourceAsStream(path))", InputStream.class, self)
                .beginControlFlow("if (in == null)")
                .addStatement("throw new $T(path + $S)", IllegalStateException.class, " is not on the class path")
                .endControlFlow()
                .addStatement("return new String(in.readAllBytes(), $T.UTF_8)", StandardCharsets.class)
                .nextControlFlow("catch ($T e)", IOException.class)
                .addStatement("throw new $T(e)", UncheckedIOException.class)
                .endControlFlow()
                .build();

        MethodSpec statements = MethodSpec.methodBuilder("statements")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(listOfStrings)
                .addParameter(String.class, "dialect")
                .addJavadoc("The statements of the create script for {@code dialect}, in order, each without its {@code ;}.\n\n"
                        + "@throws IllegalArgumentException when no script was generated for the dialect\n")
                .addComment("ModelDoc ends each statement with ';' at the end of a line, and nothing else does.")
                .addStatement("$T<String> result = new $T<>()", List.class, ArrayList.class)
                .addStatement("$T current = new $T()", StringBuilder.class, StringBuilder.class)
                .beginControlFlow("for (String line : ddl(dialect).split($S))", "\n")
                .beginControlFlow("if (current.length() == 0 && (line.isBlank() || line.startsWith($S)))", "--")
                .addStatement("continue")
                .endControlFlow()
                .addStatement("current.append(current.length() == 0 ? $S : $S).append(line)", "", "\n")
                .beginControlFlow("if (line.endsWith($S))", ";")
                .addStatement("result.add(current.substring(0, current.length() - 1))")
                .addStatement("current.setLength(0)")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return $T.copyOf(result)", List.class)
                .build();

        TypeSpec type = TypeSpec.classBuilder(CLASS_NAME)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(GeneratedAnnotation.SPEC)
                .addJavadoc("The schema scripts ModelDoc generated for this module's entities.\n")
                .addField(dialectsField)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(ddl)
                .addMethod(statements)
                .build();
        return JavaFile.builder(packageName, type).skipJavaLangImports(true).build();
    }
}
