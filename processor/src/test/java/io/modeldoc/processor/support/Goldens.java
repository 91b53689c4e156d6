package io.modeldoc.processor.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares an output with its golden file {@code src/test/resources/goldens/<TestClass>/<method>/<path>}.
 * Run with {@code -Dmodeldoc.updateGoldens=true} to rewrite the goldens that differ from the current
 * output (those tests then fail, so that a rewrite is never mistaken for a pass); read the diff before committing.
 */
public final class Goldens {

    static final String UPDATE_FLAG = "modeldoc.updateGoldens";
    static final String SOURCE_ROOT = "modeldoc.sourceRoot";

    private Goldens() {
    }

    public static void assertMatches(String testClass, String method, String relativePath, String actual) {
        String resource = "goldens/" + checked(testClass) + "/" + checked(method) + "/" + checked(relativePath);
        String expected = read(resource);
        if (Boolean.parseBoolean(System.getProperty(UPDATE_FLAG)) && !actual.equals(expected)) {
            Path file = update(resource, actual);
            fail("Rewrote the golden file " + file + "; review the change, then run the tests again without -D" + UPDATE_FLAG);
        }
        if (expected == null) {
            fail("Missing golden file src/test/resources/" + resource + "; run the tests once with -D" + UPDATE_FLAG
                    + "=true to write it from the current output, then review it");
        }
        if (!expected.equals(actual)) {
            fail("Output differs from src/test/resources/" + resource + " " + firstDifference(expected, actual)
                    + "; if the change is intended, run the tests with -D" + UPDATE_FLAG + "=true and review the diff");
        }
    }

    private static Path update(String resource, String actual) {
        String root = System.getProperty(SOURCE_ROOT, "");
        if (root.isBlank() || root.startsWith("${")) {
            fail("Cannot rewrite goldens: the system property " + SOURCE_ROOT + " (the module's folder) is not set");
        }
        Path file = Path.of(root, "src", "test", "resources").resolve(resource);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String read(String resource) {
        try (InputStream in = Goldens.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names one step of a path: no separators or dot segments, so a golden cannot land elsewhere. */
    private static String checked(String part) {
        for (String segment : part.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.contains("\\")) {
                throw new IllegalArgumentException("Bad golden path part: " + part);
            }
        }
        return part;
    }

    /** {@code at line 12: expected "…" but was "…"}. */
    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end of file>";
            String al = i < a.length ? a[i] : "<end of file>";
            if (!el.equals(al)) {
                return "at line " + (i + 1) + ": expected \"" + el + "\" but was \"" + al + "\"";
            }
        }
        return "";
    }
}
