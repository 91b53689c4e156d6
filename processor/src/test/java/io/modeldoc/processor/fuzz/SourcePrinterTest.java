package io.modeldoc.processor.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourcePrinterTest {

    @Test
    void importsWhatItCanAndQualifiesTheClash() {
        JavaClass type = new JavaClass("S1Order", JavaClass.Kind.CLASS, List.of(), "", List.of(),
                List.of(JavaAnnotation.of("jakarta.persistence.Entity"),
                        JavaAnnotation.of("jakarta.persistence.Table").withString("name", "s1_\"order\"")),
                List.of(new JavaField("java.util.Date", "placed", List.of(JavaAnnotation.of("jakarta.persistence.Id"))),
                        new JavaField("java.sql.Date", "shipped", List.of(
                                JavaAnnotation.of("jakarta.persistence.Temporal").with("value", "jakarta.persistence.TemporalType.DATE"))),
                        new JavaField("java.util.List<fuzz.s1.S1Line>", "lines", List.of())),
                List.of());

        String source = SourcePrinter.print("fuzz.s1", type);

        assertThat(source).isEqualTo("""
                package fuzz.s1;

                import jakarta.persistence.Entity;
                import jakarta.persistence.Id;
                import jakarta.persistence.Table;
                import jakarta.persistence.Temporal;
                import jakarta.persistence.TemporalType;
                import java.util.Date;
                import java.util.List;

                @Entity
                @Table(name = "s1_\\"order\\"")
                public class S1Order {

                    @Id
                    private Date placed;

                    @Temporal(TemporalType.DATE)
                    private java.sql.Date shipped;

                    private List<S1Line> lines;
                }
                """);
    }
}
