package io.modeldoc.processor.compile.checks;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Business rules with {@code {attribute}} placeholders hold on embedded H2 under either naming. */
class CheckPlaceholdersH2Test {

    @ParameterizedTest
    @ValueSource(strings = {"jpa", "snake_case"})
    void placeholdersNameTheColumnsOfTheActiveNaming(String naming) {
        CheckPlaceholdersCheck.verify("h2", naming);
    }
}
