package bench.floor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Configurations E and S of the benchmark: in the first round, writes through the Filer the Java sources of a folder
 * ({@code -Abench.sources}), and nothing else: for E those ModelDoc generated for the same tree with
 * {@code modeldoc.constants=entity} (one {@code <Entity>Table} per entity, and {@code ModelDocSchema}), for S only
 * {@code ModelDocSchema}. It computes nothing, so its cost is javac's for those sources: creating them, the extra
 * round they cause, and compiling them. No processor that writes those sources can cost less.
 */
@SupportedAnnotationTypes("*")
@SupportedOptions("bench.sources")
public final class CopySourcesProcessor extends AbstractProcessor {

    private boolean written;

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (written) {
            return false;
        }
        written = true;
        Path folder = Path.of(processingEnv.getOptions().get("bench.sources"));
        try {
            for (Path source : sources(folder)) {
                String file = folder.relativize(source).toString();
                String type = file.substring(0, file.length() - ".java".length()).replace(source.getFileSystem().getSeparator(), ".");
                try (Writer out = processingEnv.getFiler().createSourceFile(type).openWriter()) {
                    out.write(Files.readString(source));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return false;
    }

    private static List<Path> sources(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }
}
