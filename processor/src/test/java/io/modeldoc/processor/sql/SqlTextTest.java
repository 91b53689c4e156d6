package io.modeldoc.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SqlTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            it's            | 'it''s'             | 'it''s'
            a\\b            | 'a\\b'              | 'a\\\\b'
            '               | ''''                | ''''
            */ -- ; /*      | '*/ -- ; /*'        | '*/ -- ; /*'
            \\'             | '\\'''              | '\\\\'''
            """)
    void quotesAndBackslashesCannotEndALiteral(String text, String standard, String mysql) {
        assertEquals(standard, SqlText.literal(text, false));
        assertEquals(mysql, SqlText.literal(text, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"line\nbreak;", "cr\rlf\r\n", "tab\there", "sep\u2028arator", "nul\u0000", "\n;\n"})
    void lineBreaksAndControlCharactersBecomeSpaces(String text) {
        for (boolean mysql : new boolean[] {false, true}) {
            String literal = SqlText.literal(text, mysql);
            assertTrue(literal.chars().noneMatch(c -> Character.isISOControl(c) || c == '\u2028'), literal);
            assertEquals(text.length() + 2, literal.length(), literal);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"'); drop table x; --", "\\'); drop table x; --", "a''b'", "'\\\\'", "x\\"})
    void aLiteralReadsBackAsOneStringOnEveryDialect(String hostile) {
        assertEquals(hostile, readStandard(SqlText.literal(hostile, false)));
        assertEquals(hostile, readMySql(SqlText.literal(hostile, true)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a > 0                                | a > 0
            "a > 0 -- positive\\n and a < 9"     | a > 0   and a < 9
            "a > 0;\\n"                          | a > 0
            "a in ('x--y') -- note"              | a in ('x--y')
            "a > 0 ; ;"                          | a > 0
            """)
    void conditionsStayOnOneLineWithoutCommentsOrTrailingSemicolons(String condition, String expected) {
        String oneLine = SqlText.oneLine(condition.replace("\\n", "\n"));
        assertEquals(expected, oneLine);
        assertFalse(oneLine.contains("\n"));
    }

    /** Reads a standard SQL literal back: doubled quotes are one quote, backslashes are plain. */
    private static String readStandard(String literal) {
        assertTrue(literal.startsWith("'") && literal.endsWith("'"), literal);
        String body = literal.substring(1, literal.length() - 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\'') {
                assertEquals('\'', body.charAt(++i), "a lone quote would end the literal: " + literal);
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Reads a MySQL literal back: backslash escapes the next character, doubled quotes are one quote. */
    private static String readMySql(String literal) {
        assertTrue(literal.startsWith("'") && literal.endsWith("'"), literal);
        String body = literal.substring(1, literal.length() - 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                c = body.charAt(++i);
            } else if (c == '\'') {
                assertEquals('\'', body.charAt(++i), "a lone quote would end the literal: " + literal);
            }
            out.append(c);
        }
        return out.toString();
    }
}
