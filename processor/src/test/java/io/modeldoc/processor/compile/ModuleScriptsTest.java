package io.modeldoc.processor.compile;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.support.DiskCompilation;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two modules, each with its {@code ModelDocSchema}, on one class path: each class returns its own
 * module's script, whichever module comes first (every jar also holds {@code modeldoc/schema-h2.sql}).
 */
class ModuleScriptsTest {

    @Test
    void eachModulesSchemaClassReadsItsOwnScriptsWhateverTheClassPathOrder(@TempDir Path folder) throws Exception {
        Path billing = module(folder.resolve("billing"), "billing", "Invoice");
        Path stock = module(folder.resolve("stock"), "stock", "Pallet");

        for (List<Path> order : List.of(List.of(billing, stock), List.of(stock, billing))) {
            try (URLClassLoader loader = new URLClassLoader(urls(order), ClassLoader.getPlatformClassLoader())) {
                assertThat(ddl(loader, "billing")).as("billing, class path %s", order)
                        .contains("create table Invoice").doesNotContain("Pallet");
                assertThat(ddl(loader, "stock")).as("stock, class path %s", order)
                        .contains("create table Pallet").doesNotContain("Invoice");
            }
        }
    }

    private static Path module(Path folder, String pkg, String entity) {
        DiskCompilation compilation = DiskCompilation.compile(folder, List.of(JavaFileObjects.forSourceLines(pkg + "." + entity,
                "package " + pkg + ";",
                "/** A thing. */",
                "@jakarta.persistence.Entity public class " + entity + " { @jakarta.persistence.Id Long id; }")),
                "modeldoc.dialects=h2", "modeldoc.lint=off");
        assertThat(compilation.success()).as("%s", compilation.diagnostics()).isTrue();
        return compilation.classOutput();
    }

    private static String ddl(ClassLoader loader, String pkg) throws ReflectiveOperationException {
        return (String) loader.loadClass(pkg + ".ModelDocSchema").getMethod("ddl", String.class).invoke(null, "h2");
    }

    private static URL[] urls(List<Path> folders) throws java.net.MalformedURLException {
        URL[] urls = new URL[folders.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = folders.get(i).toUri().toURL();
        }
        return urls;
    }
}
