package io.modeldoc.processor.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.parity.NamingMode;
import io.modeldoc.processor.parity.ParityDialect;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code @Size(max)} beside {@code @Length(max)} (docs/deviations-from-hibernate.md, "A length bounded by both @Size and
 * {@code @Length}"): ModelDoc's column always takes the smaller bound; Hibernate's takes whichever bound its validator
 * applies last, which on this model is the larger for some attributes. Those are the only differences.
 */
class SizeBesideLengthTest {

    /** Attribute {@code f<size>_<length>}: {@code @Size(max = size) @Length(max = length)}. */
    private static final List<int[]> BOUNDS = List.of(new int[] {10, 20}, new int[] {20, 10}, new int[] {32, 64},
            new int[] {64, 32}, new int[] {5, 6}, new int[] {6, 5}, new int[] {40, 100}, new int[] {100, 40});

    private static final Pattern LENGTH_CHANGE = Pattern.compile(
            "column s9131memo\\.(f(\\d+)_(\\d+)) type=character varying nullable=true length=(\\d+)\n"
                    + "column s9131memo\\.\\1 type=character varying nullable=true length=(\\d+)");

    @Test
    void modelDocTakesTheSmallerBoundAndHibernateSometimesTheLarger() {
        StringBuilder source = new StringBuilder("""
                package fuzz.s9131;

                import jakarta.persistence.Entity;
                import jakarta.persistence.Id;
                import jakarta.validation.constraints.Size;
                import org.hibernate.validator.constraints.Length;

                @Entity
                public class S9131Memo {
                    @Id
                    private Long id;
                """);
        for (int[] bounds : BOUNDS) {
            source.append("    @Size(max = ").append(bounds[0]).append(") @Length(max = ").append(bounds[1])
                    .append(") private String f").append(bounds[0]).append('_').append(bounds[1]).append(";\n");
        }
        source.append("}\n");
        FuzzSettings settings = new FuzzSettings(NamingMode.JPA, true, List.of(ParityDialect.H2));
        SeedOutcome outcome = new DifferentialRunner(settings).alone(9131, Map.of("fuzz/s9131/S9131Memo.java", source.toString()));

        assertThat(outcome.differences()).as("Hibernate takes the larger bound somewhere, or this is no deviation").isNotEmpty();
        for (Difference difference : outcome.differences()) {
            Matcher change = LENGTH_CHANGE.matcher(difference.detail());
            assertThat(change.matches()).as("only lengths differ: %s", difference).isTrue();
            int size = Integer.parseInt(change.group(2));
            int length = Integer.parseInt(change.group(3));
            assertThat(Integer.parseInt(change.group(4))).as("Hibernate's, where it differs").isEqualTo(Math.max(size, length));
            assertThat(Integer.parseInt(change.group(5))).as("ModelDoc's").isEqualTo(Math.min(size, length));
        }
        // Where nothing differs, Hibernate took the smaller bound too: ModelDoc's is the smaller everywhere.
        assertThat(outcome.differences().size()).isLessThan(BOUNDS.size());
    }
}
