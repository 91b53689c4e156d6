package io.modeldoc.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.support.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A converter's database type is the second type argument of its {@code AttributeConverter}, even when a generic
 * superclass passes it on as a type variable: the column gets that type, as in Hibernate. Before, the variable was
 * taken for the type, the attribute was reported as unmapped and its column vanished.
 */
class GenericConverterTest {

    @Test
    void theDatabaseTypeIsResolvedThroughTheSuperclasses() {
        Compilation compilation = Fixtures.compile(List.of(
                JavaFileObjects.forSourceLines("test.Status", "package test;", "public enum Status { OPEN, CLOSED }"),
                JavaFileObjects.forSourceLines("test.CodeConverter", "package test;",
                        "public abstract class CodeConverter<X> implements jakarta.persistence.AttributeConverter<Status, X> {",
                        "  public X convertToDatabaseColumn(Status s) { return null; }",
                        "  public Status convertToEntityAttribute(X x) { return null; }",
                        "}"),
                JavaFileObjects.forSourceLines("test.Coded", "package test;",
                        "public abstract class Coded<Y> extends CodeConverter<Y> { }"),
                JavaFileObjects.forSourceLines("test.StatusConverter", "package test;",
                        "public class StatusConverter extends Coded<Integer> { }"),
                JavaFileObjects.forSourceLines("test.Job", "package test;", "import jakarta.persistence.*;",
                        "/** A job. */",
                        "@Entity public class Job {",
                        "  @Id private Long id;",
                        "  /** Its state. */ @Convert(converter = StatusConverter.class) private Status status;",
                        "}")), "modeldoc.dialects=h2", "modeldoc.lint=off");

        assertThat(compilation).succeededWithoutWarnings();
        org.assertj.core.api.Assertions.assertThat(Fixtures.output(compilation, "schema-h2.sql")).contains("status integer,");
    }
}
