package io.modeldoc.processor.parity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The reference scripts under {@code parity-reference/} are what Hibernate emits today. With
 * {@code -Dmodeldoc.updateGoldens=true} this test rewrites them instead (see {@link HibernateReferenceScripts}).
 */
class HibernateReferenceScriptsTest {

    @Test
    void referenceScriptsMatchHibernatesOutput() throws IOException {
        if (Boolean.getBoolean("modeldoc.updateGoldens")) {
            HibernateReferenceScripts.writeAll(Path.of(System.getProperty("modeldoc.sourceRoot", ".")));
            return;
        }
        for (String model : ParityHarness.MODELS) {
            for (ParityDialect dialect : ParityDialect.values()) {
                String resource = "parity-reference/" + model + "/" + dialect.option() + ".sql";
                try (InputStream stored = getClass().getClassLoader().getResourceAsStream(resource)) {
                    assertThat(stored).as("reference script %s", resource).isNotNull();
                    assertThat(new String(stored.readAllBytes(), StandardCharsets.UTF_8))
                            .as("%s is stale: rerun with -Dmodeldoc.updateGoldens=true", resource)
                            .isEqualTo(HibernateReferenceScripts.render(model, dialect));
                }
            }
        }
    }

    @Test
    void combinedCheckTermsAreSorted() {
        assertThat(HibernateReferenceScripts.sortCheckTerms("rating integer check ((rating<=10) and (rating>=1)), x int"))
                .isEqualTo("rating integer check ((rating<=10) and (rating>=1)), x int");
        assertThat(HibernateReferenceScripts.sortCheckTerms("r integer check ((r>=1) and (r<=10))"))
                .isEqualTo("r integer check ((r<=10) and (r>=1))");
    }
}
