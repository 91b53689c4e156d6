package io.modeldoc.processor.fuzz;

import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.parity.CompiledModel;
import io.modeldoc.processor.parity.ParityDialect;
import io.modeldoc.processor.support.DiskCompilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * A batch of models compiled twice, as the parity suite compiles its fixtures: with plain javac into classes that
 * Hibernate loads ({@link CompiledModel}), and with javac and ModelDoc's processor for ModelDoc's scripts.
 *
 * @param reference  the classes Hibernate maps
 * @param scripts    ModelDoc's {@code schema-<dialect>.sql} by dialect; a dialect is absent when none was written
 * @param errors     ModelDoc's compile errors as {@code path:line: message}
 * @param sourceRoot the folder of the printed sources, and ModelDoc's build, removed by {@link #close()}
 */
record CompiledBatch(CompiledModel reference, Map<ParityDialect, String> scripts, List<String> errors, Path sourceRoot)
        implements AutoCloseable {

    static CompiledBatch compile(String name, List<FuzzModel> models, FuzzSettings settings) {
        Map<String, String> sources = new LinkedHashMap<>();
        models.forEach(model -> sources.putAll(SourcePrinter.sources(model)));
        return compile(name, sources, settings);
    }

    /** Compiles sources given by relative path ({@code fuzz/s7/S7Order1.java}): a batch's, or a fixture's. */
    static CompiledBatch compile(String name, Map<String, String> texts, FuzzSettings settings) {
        Path root = write(texts);
        List<Path> sources = new ArrayList<>();
        List<JavaFileObject> files = new ArrayList<>();
        texts.forEach((path, text) -> {
            sources.add(root.resolve(path));
            String className = path.substring(0, path.length() - ".java".length()).replace('/', '.');
            files.add(JavaFileObjects.forSourceString(className, text));
        });
        CompiledModel reference = CompiledModel.compile(name, sources);
        // On disk, because compile-testing hides the outputs of a failed compilation, and ModelDoc writes them anyway.
        DiskCompilation compilation = DiskCompilation.compile(root.resolve("modeldoc-build"), files,
                settings.processorOptions().toArray(String[]::new));
        Map<ParityDialect, String> scripts = new LinkedHashMap<>();
        for (ParityDialect dialect : settings.dialects()) {
            Path script = compilation.classOutput().resolve("modeldoc").resolve("schema-" + dialect.option() + ".sql");
            if (Files.exists(script)) {
                scripts.put(dialect, read(script));
            }
        }
        List<String> errors = compilation.of(Diagnostic.Kind.ERROR).stream().map(CompiledBatch::describe).toList();
        return new CompiledBatch(reference, scripts, errors, root);
    }

    /** Writes the sources under a fresh temp folder. */
    private static Path write(Map<String, String> texts) {
        try {
            Path root = Files.createTempDirectory("modeldoc-fuzz-");
            for (Map.Entry<String, String> source : texts.entrySet()) {
                Path file = root.resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
        String where = diagnostic.getSource() == null ? "(no source)"
                : diagnostic.getSource().toUri().getPath() + ":" + diagnostic.getLineNumber();
        return where + ": " + diagnostic.getMessage(Locale.ROOT);
    }

    /** Removes the printed sources; the compiled classes stay until the JVM ends, as the parity suite's do. */
    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(sourceRoot)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
