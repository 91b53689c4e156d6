package io.modeldoc.processor.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SqlNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"order\"|order|true",
            "`order`|order|true",
            "orders|orders|false",
            "\"a\"\"b\"|a\"\"b|true",
            "\"|\"|false",
    })
    void dropsOnlyTheQuotesOfTheMapping(String written, String bare, boolean quoted) {
        assertThat(SqlName.of(written)).isEqualTo(new SqlName(bare, quoted));
    }

    @ParameterizedTest
    @ValueSource(strings = {"orders", "order_line", "_private", "café", "a$b", "x1", "2fa_enabled", "Größe"})
    void lettersDigitsAndUnderscoresMakeARegularName(String name) {
        assertThat(SqlName.of(name).regular()).isTrue();
        assertThat(SqlName.of(name).problem()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ix on t(name);drop table other;--|it contains a space at position 3",
            "a;b|it contains ';' at position 2",
            "x--|it contains '-' at position 2",
            "$x|it contains '$' at position 1",
            "a\"b|it contains '\"' at position 2",
            "a`b|it contains '`' at position 2",
            "a]b|it contains ']' at position 2",
            "a/*b|it contains '/' at position 2",
            "\"\"|the quotes hold no name",
    })
    void anythingElseIsNoName(String name, String problem) {
        assertThat(SqlName.of(name).regular()).isFalse();
        assertThat(SqlName.of(name).problem()).contains(problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "a\rb", "a\u0000b", "a\u2028b", "a\u200bb"})
    void controlCharactersAreRefusedEvenQuoted(String name) {
        assertThat(SqlName.of(name).problem()).isPresent();
        assertThat(SqlName.of("\"" + name + "\"").problem()).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"a;b\"", "\"ix on t(name);drop table other;--\"", "`x y`", "\"O'Brien\""})
    void aQuotedNameMayHoldAnyPrintableCharacter(String name) {
        assertThat(SqlName.of(name).problem()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "postgresql|number|number",
            "postgresql|order|\"order\"",
            "postgresql|Order|\"order\"",
            "postgresql|2fa|\"2fa\"",
            "postgresql|\"Order\"|\"Order\"",
            "h2|value|\"VALUE\"",
            "h2|Value|\"VALUE\"",
            "oracle|number|\"NUMBER\"",
            "oracle|level|\"LEVEL\"",
            "oracle|_x|\"_X\"",
            "sqlserver|plan|[plan]",
            "sqlserver|\"a]b\"|[a]]b]",
            "mariadb|select|`select`",
            "mysql|grouping|`grouping`",
            "mysql|`a b`|`a b`",
            "postgresql|a;b|\"a;b\"",
            "postgresql|a\"b|\"a\"\"b\"",
            "mysql|a`;drop|`a``;drop`",
    })
    void writesEachNameSoThatItNamesWhatTheBareNameWould(String dialect, String name, String written) {
        assertThat(Dialects.named(dialect).identifier(name)).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb;", "x;\r\n--", "\"q\n\"", "a\u2028b"})
    void noNameBreaksAScriptLine(String name) {
        for (Dialect dialect : Dialects.ALL) {
            String written = dialect.identifier(name);
            assertThat(written).doesNotContain("\n", "\r", "\u2028");
        }
    }
}
