package io.modeldoc.processor.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierRuleTest {

    @Test
    void measuresAQuotedNameWithoutItsQuotes() {
        assertThat(IdentifierRule.unquoted("\"order\"")).isEqualTo("order");
        assertThat(IdentifierRule.unquoted("`order`")).isEqualTo("order");
        assertThat(IdentifierRule.unquoted("orders")).isEqualTo("orders");
    }

    @Test
    void dropsOnlyTheQuotesAtTheEnds() {
        assertThat(IdentifierRule.unquoted("\"a\"\"b\"")).isEqualTo("a\"\"b");
        assertThat(IdentifierRule.unquoted("\"")).isEmpty();
        assertThat(IdentifierRule.unquoted("")).isEmpty();
    }
}
