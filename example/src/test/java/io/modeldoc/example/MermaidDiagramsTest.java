package io.modeldoc.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modeldoc.processor.support.MermaidCheck;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every Mermaid diagram of the example's documents parses and renders with the official mermaid
 * package in headless Chromium ({@code tools/mermaid-check}). Needs Node.js, Debian's Chromium and
 * the tool's node_modules ({@code .ci/tools.sh} installs them); fails, never skips, without them.
 */
@Tag("databases")
class MermaidDiagramsTest {

    @Test
    void everyDiagramParsesAndRendersInChromium() throws IOException, InterruptedException {
        MermaidCheck.assertRenders(documentsFolder());
    }

    /** The folder the processor wrote the documents to: target/classes/modeldoc. */
    private static Path documentsFolder() {
        URL index = MermaidDiagramsTest.class.getClassLoader().getResource("modeldoc/index.md");
        assertTrue(index != null && index.getProtocol().equals("file"), "modeldoc/index.md is not a file on the test classpath: " + index);
        try {
            return Path.of(index.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
