package io.modeldoc.processor.support;

import io.modeldoc.processor.ModelDocProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * A compilation with ModelDoc whose outputs land in a folder, so they can be read even when the
 * compilation failed (compile-testing hides the outputs of failed compilations).
 */
public record DiskCompilation(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, Path classOutput) {

    public static DiskCompilation compile(Path folder, List<JavaFileObject> sources, String... options) {
        return compile(new ModelDocProcessor(), folder, sources, options);
    }

    /** The same, with a processor the test made (e.g. one with an injected fault). */
    public static DiskCompilation compile(Processor processor, Path folder, List<JavaFileObject> sources, String... options) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
            Path classes = Files.createDirectories(folder.resolve("classes"));
            Path generated = Files.createDirectories(folder.resolve("generated"));
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
            List<String> arguments = new ArrayList<>();
            for (int i = 0; i < options.length; i++) {
                if (options[i].equals("-classpath")) {
                    arguments.add(options[i]); // a javac option and its value
                    arguments.add(options[++i]);
                } else {
                    arguments.add("-A" + options[i]);
                }
            }
            JavaCompiler.CompilationTask task = javac.getTask(null, files, collector, arguments, null, sources);
            task.setProcessors(List.of(processor));
            boolean success = task.call();
            return new DiskCompilation(success, List.copyOf(collector.getDiagnostics()), classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The javac options that put {@code classes} before the test class path, as a partial build does. */
    public static String[] classPathWith(Path classes) {
        return new String[] {"-classpath", classes + java.io.File.pathSeparator + System.getProperty("java.class.path")};
    }

    /** The text of a {@code modeldoc/} output. */
    public String output(String path) {
        Path file = classOutput.resolve("modeldoc").resolve(path);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("no output modeldoc/" + path, e);
        }
    }

    /** The diagnostics of one kind. */
    public List<Diagnostic<? extends JavaFileObject>> of(Diagnostic.Kind kind) {
        return diagnostics.stream().filter(d -> d.getKind() == kind).toList();
    }
}
