package io.modeldoc.processor.parity;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * A fixture model compiled with plain javac (no processor) into a temp folder and loaded in its own class
 * loader, so Hibernate maps exactly the classes ModelDoc reads.
 *
 * @param model      the fixture folder name under {@code fixtures/parity/}
 * @param sources    the fixture's {@code .java} files, in path order
 * @param loader     loads the compiled classes; its parent is the test class path (Jakarta APIs, Hibernate)
 * @param classNames the mapped classes (entities, embeddables, mapped superclasses, converters), sorted
 */
public record CompiledModel(String model, List<Path> sources, ClassLoader loader, List<String> classNames) {

    /** Annotations whose classes Hibernate must be told about. */
    private static final List<Class<? extends Annotation>> MAPPED = List.of(
            jakarta.persistence.Entity.class,
            jakarta.persistence.Embeddable.class,
            jakarta.persistence.MappedSuperclass.class,
            jakarta.persistence.Converter.class);

    /** One class of each API a fixture may import; their jars (or folders) form the compile class path. */
    private static final List<Class<?>> API_ANCHORS = List.of(
            jakarta.persistence.Entity.class,
            jakarta.validation.constraints.NotNull.class,
            org.hibernate.validator.constraints.Length.class,
            org.hibernate.annotations.Comment.class,
            io.modeldoc.annotations.Purpose.class);

    /** Compiles {@code fixtures/parity/<model>/} from the test class path. */
    public static CompiledModel compile(String model) {
        return compile(model, javaFiles(fixtureRoot(model)));
    }

    /** Compiles the given sources the same way: the differential fuzzer's generated models, the fuzz fixtures. */
    public static CompiledModel compile(String model, List<Path> sources) {
        try {
            Path classes = Files.createTempDirectory("modeldoc-parity-" + model + "-");
            TempFolders.deleteOnExit(classes);
            javac(model, sources, classes);
            URLClassLoader loader = new URLClassLoader("parity-" + model, new URL[] {classes.toUri().toURL()},
                    CompiledModel.class.getClassLoader());
            return new CompiledModel(model, sources, loader, mappedClasses(loader, classes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path fixtureRoot(String model) {
        URL root = CompiledModel.class.getClassLoader().getResource("fixtures/parity/" + model);
        if (root == null) {
            throw new IllegalArgumentException("no parity fixture model '" + model + "' under fixtures/parity/");
        }
        try {
            return Path.of(root.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void javac(String model, List<Path> sources, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, apiClassPath());
            // -proc:none: the reference side must not depend on ModelDoc's processor or any other.
            List<String> options = List.of("-proc:none", "-encoding", "UTF-8", "-g", "-parameters");
            boolean success = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            if (!success) {
                throw new AssertionError("parity fixture '" + model + "' does not compile:\n"
                        + diagnostics.getDiagnostics().stream()
                                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                                .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                                .collect(Collectors.joining("\n")));
            }
        }
    }

    private static List<Path> apiClassPath() {
        List<Path> path = new ArrayList<>();
        for (Class<?> anchor : API_ANCHORS) {
            try {
                Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (!path.contains(location)) {
                    path.add(location);
                }
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return path;
    }

    private static List<String> mappedClasses(ClassLoader loader, Path classes) throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.walk(classes)) {
            names = files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> classes.relativize(p).toString())
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace(File.separatorChar, '.'))
                    .filter(n -> !n.endsWith("package-info"))
                    .sorted(Comparator.naturalOrder())
                    .toList();
        }
        List<String> mapped = new ArrayList<>();
        for (String name : names) {
            try {
                Class<?> type = Class.forName(name, false, loader);
                if (MAPPED.stream().anyMatch(type::isAnnotationPresent)) {
                    mapped.add(name);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("compiled class not loadable: " + name, e);
            }
        }
        return List.copyOf(mapped);
    }
}
