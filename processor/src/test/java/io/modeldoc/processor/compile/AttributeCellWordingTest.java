package io.modeldoc.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.support.Fixtures;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Attribute rows read as a person wrote them: regular expressions and comparisons in code spans, not behind
 * backslashes; {@code {@code …}} as code; sizes in characters; audit columns set by their callbacks; each foreign
 * key's on-delete behaviour.
 */
class AttributeCellWordingTest {

    private static String document;

    @BeforeAll
    static void compile() {
        Compilation compilation = Fixtures.compile(List.of(
                JavaFileObjects.forSourceString("fleet.Vehicle", "package fleet;\nimport jakarta.persistence.*;\n"
                        + "import jakarta.validation.constraints.*;\nimport java.time.Instant;\nimport java.util.List;\n"
                        + "/** A vehicle. */\n@Entity public class Vehicle {\n  /** Key. */ @Id private Long id;\n"
                        + "  /** The VIN, as {@code WDB1234567890ABCD}. */ @Size(min = 17, max = 17) private String vin;\n"
                        + "  /** The fleet code. */ @Pattern(regexp = \"[A-Z]{3}\") private String code;\n"
                        + "  /** Seats. */ @Positive private int seats;\n"
                        + "  /** Tags. */ @Size(max = 5) @ElementCollection private List<String> tags;\n"
                        + "  /** Added. */ @org.hibernate.annotations.CreationTimestamp private Instant addedAt;\n"
                        + "  /** Changed. */ @org.hibernate.annotations.UpdateTimestamp private Instant changedAt;\n"
                        + "  /** Its trips. */ @OneToMany(mappedBy = \"vehicle\", cascade = CascadeType.ALL, orphanRemoval = true)"
                        + " private List<Trip> trips;\n}\n"),
                JavaFileObjects.forSourceString("fleet.Trip", "package fleet;\nimport jakarta.persistence.*;\n"
                        + "/** A trip. */\n@Entity public class Trip {\n  /** Key. */ @Id private Long id;\n"
                        + "  /** The vehicle. */ @ManyToOne(optional = false) private Vehicle vehicle;\n}\n")),
                "modeldoc.lint=off");
        assertThat(compilation).succeeded();
        document = Fixtures.output(compilation, "data-model.md");
    }

    @Test
    void sizesCountCharactersOfTextAndElementsOfCollections() {
        assertThat(document).contains("| `vin` | `String` | `vin` | `varchar(17)` | exactly 17 characters | The VIN, as `WDB1234567890ABCD`. |")
                .contains("at most 5 elements");
    }

    @Test
    void regularExpressionsAndComparisonsAreCode() {
        assertThat(document).contains("| matches `[A-Z]{3}` |").contains("| not null, `> 0` |").doesNotContain("\\[A-Z\\]");
    }

    @Test
    void auditColumnsSaySetByTheirCallbacks() {
        assertThat(document).contains("| `addedAt` | `Instant` | `addedAt` | `timestamp(6) with time zone` | set on insert | Added. |")
                .contains("| set on insert and update | Changed. |");
    }

    @Test
    void eachForeignKeySaysWhatDeletingItsParentDoes() {
        assertThat(document).contains("not null, foreign key → `Vehicle` (on delete: no action; removed with its vehicle by cascade)")
                .contains("    Vehicle ||..o{ Trip : \"is made of\"\n");
    }
}
