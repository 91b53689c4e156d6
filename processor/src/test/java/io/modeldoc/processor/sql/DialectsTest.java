package io.modeldoc.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DialectsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"postgresql, 63", "mysql, 64", "mariadb, 64", "h2, 256"})
    void namesEachDialectWithItsIdentifierLimit(String name, int maxIdentifierLength) {
        Dialect dialect = Dialects.named(name);
        assertEquals(name, dialect.name());
        assertEquals(maxIdentifierLength, dialect.maxIdentifierLength());
    }

    @Test
    void listsTheOptionValuesInTheDocumentedOrder() {
        assertEquals(List.of("postgresql", "mysql", "mariadb", "h2"), Dialects.NAMES);
    }

    @Test
    void rejectsAnUnknownNameListingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dialects.named("oracle"));
        assertTrue(e.getMessage().contains("oracle") && e.getMessage().contains("mariadb"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Dialects.named("PostgreSQL"));
    }
}
