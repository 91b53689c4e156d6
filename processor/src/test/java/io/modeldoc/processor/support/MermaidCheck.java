package io.modeldoc.processor.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Parses and renders every Mermaid diagram of the Markdown files in a folder with the official
 * mermaid package in headless Chromium ({@code tools/mermaid-check}). Needs Node.js, Debian's
 * Chromium and the tool's node_modules ({@code .ci/tools.sh} installs them); fails, never skips, without them.
 */
public final class MermaidCheck {

    /** The tool, seen from a module folder (the working directory of its tests). */
    private static final Path TOOL = Path.of("..", "tools", "mermaid-check").toAbsolutePath().normalize();
    private static final long TIMEOUT_SECONDS = 180;

    private MermaidCheck() {
    }

    /** Asserts that every diagram of the {@code .md} files under {@code documents} parses and renders. */
    public static void assertRenders(Path documents) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(TOOL.resolve("check.mjs")), "no " + TOOL.resolve("check.mjs"));
        assertTrue(Files.isDirectory(TOOL.resolve("node_modules")),
                "no " + TOOL.resolve("node_modules") + "; run .ci/tools.sh (npm ci in tools/mermaid-check)");
        assertTrue(Files.isExecutable(Path.of("/usr/bin/chromium")), "no /usr/bin/chromium; run .ci/tools.sh (apt-get install chromium)");
        Path log = Files.createTempFile("mermaid-check", ".log");
        try {
            Process node;
            try {
                node = new ProcessBuilder("node", TOOL.resolve("check.mjs").toString(), documents.toString())
                        .directory(TOOL.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            } catch (IOException e) {
                throw new AssertionError("cannot start node (" + e.getMessage() + "); install Node.js, then run .ci/tools.sh", e);
            }
            if (!node.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                node.destroyForcibly();
                throw new AssertionError("mermaid-check did not finish in " + TIMEOUT_SECONDS + " s: " + Files.readString(log));
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertEquals(0, node.exitValue(), "mermaid-check failed on " + documents + ":\n" + output);
            assertTrue(output.contains("parse and render"), output);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
