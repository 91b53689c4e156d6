package io.modeldoc.processor.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class GoldensTest {

    @Test
    void aMissingGoldenFailsNamingTheUpdateFlag() {
        // Only meaningful when goldens are compared, not rewritten.
        if (Boolean.parseBoolean(System.getProperty(Goldens.UPDATE_FLAG))) {
            return;
        }
        AssertionFailedError error = assertThrows(AssertionFailedError.class,
                () -> Goldens.assertMatches("GoldensTest", "noSuchMethod", "none.md", "text\n"));
        assertTrue(error.getMessage().contains("-Dmodeldoc.updateGoldens=true"), error.getMessage());
    }

    @Test
    void aPathCannotLeaveTheGoldensFolder() {
        assertThrows(IllegalArgumentException.class, () -> Goldens.assertMatches("GoldensTest", "..", "x.md", ""));
        assertThrows(IllegalArgumentException.class, () -> Goldens.assertMatches("GoldensTest", "m", "a/../../x.md", ""));
    }

    @Test
    void aDifferenceIsReportedWithItsLine() {
        assertEquals("at line 2: expected \"b\" but was \"c\"", Goldens.firstDifference("a\nb\n", "a\nc\n"));
        assertEquals("at line 3: expected \"<end of file>\" but was \"x\"", Goldens.firstDifference("a\nb", "a\nb\nx"));
    }
}
