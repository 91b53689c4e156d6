package io.modeldoc.processor.fuzz;

import io.modeldoc.processor.parity.ParityDialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The default build's fixed seed set for the dialects without a server here: Hibernate's and ModelDoc's Oracle and
 * SQL Server scripts parsed and compared as the parity suite compares the fixtures. Other seeds than the other sets'.
 */
class FuzzSeedsParsedTest {

    @Test
    void fixedSeedsParsedForOracleAndSqlServer() {
        FixedSeeds.assertAllPass(200_001, 50, List.of(ParityDialect.ORACLE, ParityDialect.SQLSERVER));
    }
}
