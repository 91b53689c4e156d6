package io.modeldoc.processor.support;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.ModelDocProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Fixture sources under {@code src/test/resources/fixtures/<scenario>/}, compiled with the processor.
 * Fixtures are resources, not test sources, so a broken one never breaks the build.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** Every {@code .java} file of a scenario, in path order. */
    public static List<JavaFileObject> sources(String scenario) {
        URL root = Fixtures.class.getClassLoader().getResource("fixtures/" + scenario);
        if (root == null) {
            throw new IllegalArgumentException("no fixture scenario " + scenario);
        }
        try (Stream<Path> files = Files.walk(Path.of(root.toURI()))) {
            List<JavaFileObject> sources = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                sources.add(JavaFileObjects.forResource(file.toUri().toURL()));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One source of a scenario, by its path below the scenario's folder ({@code shop/Order.java}). */
    public static JavaFileObject source(String scenario, String path) {
        URL file = Fixtures.class.getClassLoader().getResource("fixtures/" + scenario + "/" + path);
        if (file == null) {
            throw new IllegalArgumentException("no fixture " + scenario + "/" + path);
        }
        return JavaFileObjects.forResource(file);
    }

    /** Compiles the sources with ModelDoc and the given {@code -A} options ({@code "modeldoc.lint=off"}). */
    public static Compilation compile(List<JavaFileObject> sources, String... options) {
        return Compiler.javac()
                .withProcessors(new ModelDocProcessor())
                .withOptions(Arrays.stream(options).map(o -> "-A" + o).toList())
                .compile(sources);
    }

    /** The text of a generated {@code modeldoc/} resource. */
    public static String output(Compilation compilation, String path) {
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "modeldoc/" + path)
                .orElseThrow(() -> new AssertionError("no output modeldoc/" + path + "; outputs: "
                        + compilation.generatedFiles().stream().map(JavaFileObject::getName).toList()));
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture source's text, for tests that rewrite one. */
    public static String text(JavaFileObject source) {
        try {
            return new String(source.openInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
