package io.modeldoc.processor.javagen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConstantNamesTest {

    @Test
    void upperCasesTheColumnName() {
        assertThat(TableConstantsGenerator.constantName("customer_id")).isEqualTo("CUSTOMER_ID");
        assertThat(TableConstantsGenerator.constantName("createdAt")).isEqualTo("CREATEDAT");
    }

    @Test
    void turnsEachRunOfOtherCharactersIntoOneUnderscoreAndDropsThemAtTheEnds() {
        assertThat(TableConstantsGenerator.constantName("\"order\"")).isEqualTo("ORDER");
        assertThat(TableConstantsGenerator.constantName("__unit--price__")).isEqualTo("UNIT_PRICE");
        assertThat(TableConstantsGenerator.constantName("größe")).isEqualTo("GR_E");
    }

    @Test
    void prefixesANameThatWouldStartWithADigitOrBeEmpty() {
        assertThat(TableConstantsGenerator.constantName("2fa_code")).isEqualTo("COLUMN_2FA_CODE");
        assertThat(TableConstantsGenerator.constantName("\"\"")).isEqualTo("COLUMN_");
    }
}
