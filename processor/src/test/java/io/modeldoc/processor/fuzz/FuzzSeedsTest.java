package io.modeldoc.processor.fuzz;

import io.modeldoc.processor.parity.ParityDialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default build's fixed seed set, on embedded H2: every seed at full parity with Hibernate. */
class FuzzSeedsTest {

    @Test
    void fixedSeedsOnH2() {
        FixedSeeds.assertAllPass(1, 100, List.of(ParityDialect.H2));
    }
}
