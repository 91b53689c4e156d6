package io.modeldoc.processor.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.parity.NamingMode;
import io.modeldoc.processor.parity.ParityDialect;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A {@code Set} of embeddables with a LONG32 column (docs/deviations-from-hibernate.md, "Sets of embeddables with an
 * unbounded column"): ModelDoc keys its table nowhere; Hibernate keys it where the column's type is no LOB. On H2 the
 * two agree (the column is a {@code clob}, a {@code blob}); on PostgreSQL Hibernate's key is the only difference.
 */
class UnboundedSetElementTest {

    private static final Map<String, String> SOURCES = Map.of(
            "fuzz/s9141/S9141Note.java", """
                    package fuzz.s9141;

                    import jakarta.persistence.ElementCollection;
                    import jakarta.persistence.Entity;
                    import jakarta.persistence.Id;
                    import java.util.Set;

                    @Entity
                    public class S9141Note {
                        @Id
                        private Long id;

                        @ElementCollection
                        private Set<S9141Part> parts;
                    }
                    """,
            "fuzz/s9141/S9141Part.java", """
                    package fuzz.s9141;

                    import jakarta.persistence.Column;
                    import jakarta.persistence.Embeddable;
                    import org.hibernate.annotations.JdbcTypeCode;
                    import org.hibernate.type.SqlTypes;

                    @Embeddable
                    public class S9141Part {
                        @Column(nullable = false)
                        private String label;

                        @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
                        private String body;

                        @JdbcTypeCode(SqlTypes.LONG32VARBINARY)
                        private byte[] data;
                    }
                    """);

    @Test
    void onH2NeitherKeysTheSet() {
        SeedOutcome outcome = outcome(ParityDialect.H2);

        assertThat(outcome.differences()).isEmpty();
        assertThat(outcome.facts()).isPositive();
    }

    @Test
    @Tag("databases")
    void onPostgreSqlOnlyHibernateKeysTheSet() {
        SeedOutcome outcome = outcome(ParityDialect.POSTGRESQL);

        assertThat(outcome.differences()).singleElement().satisfies(difference -> {
            assertThat(difference.kind()).isEqualTo(Difference.Kind.MISSING);
            assertThat(difference.detail()).isEqualTo("unique s9141note_parts(body, data, label, s9141note_id)");
        });
    }

    private static SeedOutcome outcome(ParityDialect dialect) {
        return new DifferentialRunner(new FuzzSettings(NamingMode.JPA, true, List.of(dialect))).alone(9141, SOURCES);
    }
}
