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
 * The security gap analysis of Risk Assessment: unprotected columns grouped per classification, entities holding
 * sensitive data without access control or retention, health data rated above a phone number.
 */
class SecurityGapsDocumentTest {

    private static String risks;

    @BeforeAll
    static void compile() {
        Compilation compilation = Fixtures.compile(List.of(
                JavaFileObjects.forSourceString("trials.Patient", "package trials;\nimport jakarta.persistence.*;\n"
                        + "import io.modeldoc.annotations.*;\nimport io.modeldoc.annotations.Sensitive.Classification;\n"
                        + "/** A patient. */\n@Entity public class Patient {\n  /** Key. */ @Id private Long id;\n"
                        + "  /** Phone. */ @Sensitive(classification = Classification.PII) private String phone;\n"
                        + "  /** E-mail. */ @Sensitive(classification = Classification.PII) private String email;\n"
                        + "  /** Diagnosis. */ @Sensitive(classification = Classification.HEALTH) private String diagnosis;\n}\n"),
                JavaFileObjects.forSourceString("trials.Visit", "package trials;\nimport jakarta.persistence.*;\n"
                        + "import io.modeldoc.annotations.*;\nimport io.modeldoc.annotations.Sensitive.Classification;\n"
                        + "/** A visit. */\n@Entity @AccessControl(read = \"investigator\", write = \"investigator\")\n"
                        + "@Archival(\"Deleted 15 years after the trial ends.\")\npublic class Visit {\n  /** Key. */ @Id private Long id;\n"
                        + "  /** Notes. */ @Sensitive(classification = Classification.HEALTH, protection = \"Encrypted\") private String notes;\n}\n")),
                "modeldoc.lint=off");
        assertThat(compilation).succeeded();
        String document = Fixtures.output(compilation, "data-model.md");
        risks = document.substring(document.indexOf("### Business Risks"));
    }

    @Test
    void healthComesFirstAndRatedAbovePersonalData() {
        assertThat(risks).startsWith("### Business Risks\n"
                + "- **Health in `Patient.diagnosis` has no stated protection** [Impact: Critical] - state how it is protected "
                + "(masking, encryption, who sees it) in `@Sensitive(protection = …)`\n"
                + "- **[Patient](#patient) holds PII and Health data but states no access control** [Impact: Critical] - state who "
                + "may read and write it in `@AccessControl(read, write, audit)`\n"
                + "- **[Patient](#patient) holds PII and Health data but states no retention** [Impact: Critical] - state how long "
                + "it is kept and how it is removed or anonymised in `@Archival`\n"
                + "- **PII in `Patient.phone` and `Patient.email` have no stated protection** [Impact: High] - state how they are "
                + "protected (masking, encryption, who sees them) in `@Sensitive(protection = …)`\n");
    }

    @Test
    void anEntityWithAccessControlRetentionAndProtectionHasNoGap() {
        assertThat(risks).doesNotContain("Visit");
    }
}
