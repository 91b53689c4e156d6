package io.modeldoc.processor.compile;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.support.DiskCompilation;
import io.modeldoc.processor.support.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Maven's incremental compile and IDEs do: recompile some sources with the rest on the class
 * path as class files. The outputs must be those of a clean build, Javadoc descriptions included.
 */
class PartialBuildTest {

    private static final String[] OPTIONS = {"modeldoc.dialects=postgresql,h2"};

    @Test
    void recompilingOneEntityGivesTheOutputsOfACleanBuild(@TempDir Path clean, @TempDir Path partial) throws IOException {
        List<JavaFileObject> all = Fixtures.sources("bookshop");
        DiskCompilation cleanBuild = DiskCompilation.compile(clean, all, OPTIONS);
        DiskCompilation.compile(partial, all, OPTIONS);

        DiskCompilation second = DiskCompilation.compile(partial, only(all, "Book.java"), with(OPTIONS, partial.resolve("classes")));

        assertThat(second.success()).as("%s", second.diagnostics()).isTrue();
        assertSameResources(second, cleanBuild);
        // Javadoc text of entities that were not recompiled survives: Publisher's and the package's
        assertThat(second.output("catalogue.md")).contains("A publishing house.")
                .contains("The books the shop sells, who wrote them and who publishes them.");
    }

    /**
     * Entities outside any {@code @DataModel} belong to a feature without a package, which
     * {@code model.json} leaves out as an empty value: the previous build must still be read.
     */
    @Test
    void recompilingOneEntityOfAModelWithoutDataModelGivesTheOutputsOfACleanBuild(@TempDir Path clean, @TempDir Path partial)
            throws IOException {
        List<JavaFileObject> all = Fixtures.sources("undeclared");
        DiskCompilation cleanBuild = DiskCompilation.compile(clean, all, OPTIONS);
        DiskCompilation.compile(partial, all, OPTIONS);

        DiskCompilation second = DiskCompilation.compile(partial, only(all, "Item.java"), with(OPTIONS, partial.resolve("classes")));

        assertThat(second.success()).as("%s", second.diagnostics()).isTrue();
        assertThat(second.output("data-model.md")).contains("A shelf in the shop, outside any @DataModel feature.");
        assertSameResources(second, cleanBuild);
    }

    /** Repositories not recompiled are read from their class files, named by the previous build's queries. */
    @Test
    void recompilingOneEntityKeepsTheQueriesOfRepositoriesNotRecompiled(@TempDir Path clean, @TempDir Path partial)
            throws IOException {
        List<JavaFileObject> all = Fixtures.sources("queries");
        DiskCompilation cleanBuild = DiskCompilation.compile(clean, all, OPTIONS);
        DiskCompilation.compile(partial, all, OPTIONS);

        DiskCompilation second = DiskCompilation.compile(partial, only(all, "Tag.java"), with(OPTIONS, partial.resolve("classes")));

        assertThat(second.success()).as("%s", second.diagnostics()).isTrue();
        assertThat(second.output("model.json")).contains("OrderRepository.findByCustomerEmail", "CustomerRepository.findByTagsName");
        assertSameResources(second, cleanBuild);
    }

    @Test
    void aDeletedEntityDisappearsFromTheOutputs(@TempDir Path clean, @TempDir Path partial) throws IOException {
        List<JavaFileObject> all = Fixtures.sources("bookshop");
        List<JavaFileObject> remaining = all.stream().filter(s -> !s.getName().endsWith("PurchaseOrder.java")).toList();
        DiskCompilation cleanBuild = DiskCompilation.compile(clean, remaining, OPTIONS);
        DiskCompilation.compile(partial, all, OPTIONS);
        // The build tool removes the class files of a deleted source, as Maven's incremental compile does.
        Files.delete(partial.resolve("classes/shop/orders/PurchaseOrder.class"));

        DiskCompilation second = DiskCompilation.compile(partial, only(all, "Customer.java"), with(OPTIONS, partial.resolve("classes")));

        assertThat(second.success()).as("%s", second.diagnostics()).isTrue();
        assertThat(second.output("model.json")).doesNotContain("PurchaseOrder").contains("shop.catalog.Book");
        assertSameResources(second, cleanBuild);
    }

    /** The same {@code modeldoc/} files with the same text, compared file by file so a failure names the file. */
    private static void assertSameResources(DiskCompilation actual, DiskCompilation expected) throws IOException {
        Map<String, String> actualFiles = resources(actual.classOutput());
        Map<String, String> expectedFiles = resources(expected.classOutput());
        assertThat(actualFiles.keySet()).isEqualTo(expectedFiles.keySet());
        for (Map.Entry<String, String> file : expectedFiles.entrySet()) {
            assertThat(actualFiles.get(file.getKey())).as(file.getKey()).isEqualTo(file.getValue());
        }
    }

    private static List<JavaFileObject> only(List<JavaFileObject> sources, String fileName) {
        return sources.stream().filter(s -> s.getName().endsWith("/" + fileName)).toList();
    }

    private static String[] with(String[] options, Path classes) {
        List<String> all = new ArrayList<>(List.of(options));
        all.addAll(List.of(DiskCompilation.classPathWith(classes)));
        return all.toArray(String[]::new);
    }

    /** The {@code modeldoc/} outputs, by name. */
    private static Map<String, String> resources(Path classes) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Path root = classes.resolve("modeldoc");
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }
}
