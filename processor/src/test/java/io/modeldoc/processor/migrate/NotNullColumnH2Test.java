package io.modeldoc.processor.migrate;

import org.junit.jupiter.api.Test;

/** On H2, adding a NOT NULL column without a default to a table with rows fails, as the warning says. */
class NotNullColumnH2Test {

    @Test
    void theWarningSaysTheMigrationFailsAndItDoes() {
        NotNullColumnCheck.verify("h2", null);
    }
}
