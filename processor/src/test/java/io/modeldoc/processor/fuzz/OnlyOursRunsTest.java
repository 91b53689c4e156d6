package io.modeldoc.processor.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.parity.NamingMode;
import io.modeldoc.processor.parity.ParityDialect;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two models the fuzzer shrank on MariaDB whose Hibernate script the server refuses while ModelDoc's runs
 * (docs/deviations-from-hibernate.md): a char column longer than a varchar may be, and an unnamed index beside an
 * unnamed unique index on the same column. On MySQL and MariaDB the comparison runs ModelDoc's script alone and
 * names the deviation; on H2 and PostgreSQL the two scripts agree fact for fact.
 */
class OnlyOursRunsTest {

    private static final Map<String, String> LONG_CHAR = Map.of("fuzz/s301245/S301245Party.java", """
            package fuzz.s301245;

            import jakarta.persistence.Entity;
            import jakarta.persistence.Id;
            import jakarta.validation.constraints.Size;
            import org.hibernate.annotations.JdbcType;
            import org.hibernate.type.descriptor.jdbc.CharJdbcType;

            @Entity
            public class S301245Party {
                @Id
                private String id;

                @JdbcType(CharJdbcType.class)
                @Size(max = 32600)
                private String weight;
            }
            """);

    private static final Map<String, String> SAME_INDEX_NAME = Map.of("fuzz/s300777/S300777Asset.java", """
            package fuzz.s300777;

            import jakarta.persistence.Column;
            import jakarta.persistence.Entity;
            import jakarta.persistence.Id;
            import jakarta.persistence.Index;
            import jakarta.persistence.Table;

            @Entity
            @Table(indexes = {@Index(columnList = "c_city"), @Index(columnList = "c_city", unique = true)})
            public class S300777Asset {
                @Id
                private String id;

                @Column(name = "c_city")
                private String city;
            }
            """);

    @ParameterizedTest
    @EnumSource(names = {"MARIADB", "MYSQL"})
    @Tag("databases")
    void aCharColumnLongerThanAVarcharRunsOnlyInModelDocsScript(ParityDialect dialect) {
        assertOnlyOursRuns(outcome(301245, LONG_CHAR, dialect), dialect, "#character-columns-longer-than-a-varchar-on-mysql-and-mariadb");
    }

    @ParameterizedTest
    @EnumSource(names = {"MARIADB", "MYSQL"})
    @Tag("databases")
    void anIndexBesideAUniqueIndexRunsOnlyInModelDocsScript(ParityDialect dialect) {
        assertOnlyOursRuns(outcome(300777, SAME_INDEX_NAME, dialect), dialect, "#names-of-generated-constraints");
    }

    @Test
    void onH2BothModelsCompareFactForFact() {
        assertComparedFactForFact(ParityDialect.H2);
    }

    @Test
    @Tag("databases")
    void onPostgreSqlBothModelsCompareFactForFact() {
        assertComparedFactForFact(ParityDialect.POSTGRESQL);
    }

    /** No difference: Hibernate's failing script is explained by the deviation, and ModelDoc's ran. */
    private static void assertOnlyOursRuns(SeedOutcome outcome, ParityDialect dialect, String anchor) {
        assertThat(outcome.differences()).isEmpty();
        assertThat(outcome.uncompared()).containsExactly(dialect.option() + " " + anchor);
    }

    private static void assertComparedFactForFact(ParityDialect dialect) {
        for (SeedOutcome outcome : List.of(outcome(301245, LONG_CHAR, dialect), outcome(300777, SAME_INDEX_NAME, dialect))) {
            assertThat(outcome.differences()).isEmpty();
            assertThat(outcome.uncompared()).isEmpty();
            assertThat(outcome.facts()).isPositive();
        }
    }

    private static SeedOutcome outcome(long seed, Map<String, String> sources, ParityDialect dialect) {
        return new DifferentialRunner(new FuzzSettings(NamingMode.SNAKE_CASE, true, List.of(dialect))).alone(seed, sources);
    }
}
