package io.modeldoc.processor.fuzz;

import io.modeldoc.processor.parity.ParityDialect;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The {@code databases} profile's fixed seed set on the servers: PostgreSQL, MariaDB, and MySQL scripts on MariaDB.
 * Other seeds than the H2 set's, so the two sets together cover more models.
 */
@Tag("databases")
class FuzzSeedsDatabasesTest {

    @Test
    void fixedSeedsOnServers() {
        FixedSeeds.assertAllPass(100_001, 40, List.of(ParityDialect.POSTGRESQL, ParityDialect.MARIADB, ParityDialect.MYSQL));
    }
}
