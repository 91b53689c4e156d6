package io.modeldoc.processor.compile;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.support.DiskCompilation;
import io.modeldoc.processor.support.H2;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An association to an entity of another module, a class file in a jar or folder on the class path:
 * the foreign key and its column are written and documented like any other, under the names the
 * other module's own build gave its table, and each module's script creates only its own tables.
 */
class OtherModuleEntitiesTest {

    /** The catalog module, built with snake_case naming: its physical names are not what jpa naming would give. */
    private static final List<JavaFileObject> CATALOG = List.of(
            JavaFileObjects.forSourceLines("catalog.package-info",
                    "@io.modeldoc.annotations.DataModel(feature = \"Catalogue\")", "package catalog;"),
            JavaFileObjects.forSourceLines("catalog.BookEdition",
                    "package catalog;",
                    "import jakarta.persistence.*;",
                    "/** A book the shop sells. */",
                    "@Entity public class BookEdition {",
                    "  /** The ISBN-13. */ @Id @Column(length = 13) private String isbnCode;",
                    "  /** The title. */ private String title;",
                    "}"));

    private static final JavaFileObject ORDER_LINE = JavaFileObjects.forSourceLines("orders.OrderLine",
            "package orders;",
            "import jakarta.persistence.*;",
            "import catalog.BookEdition;",
            "/** One book of an order. */",
            "@Entity public class OrderLine {",
            "  @Id @GeneratedValue private Long id;",
            "  /** The book ordered. */ @ManyToOne(optional = false) private BookEdition book;",
            "}");

    private static final JavaFileObject ORDERS_FEATURE = JavaFileObjects.forSourceLines("orders.package-info",
            "@io.modeldoc.annotations.DataModel(feature = \"Orders\")", "package orders;");

    @Test
    void aForeignKeyToAnotherModulesTableUsesTheNamesThatModuleGaveIt(@TempDir Path folder) throws Exception {
        Path catalog = catalog(folder);
        for (Path entry : List.of(catalog, jar(catalog, folder.resolve("catalog-1.0-SNAPSHOT.jar")))) {
            DiskCompilation orders = orders(folder.resolve("orders-" + entry.getFileName()), entry);

            assertThat(orders.success()).as("%s", orders.diagnostics()).isTrue();
            assertThat(orders.of(Diagnostic.Kind.ERROR)).isEmpty();
            String script = orders.output("schema-h2.sql");
            assertThat(script).as(entry.toString())
                    .contains("book_isbn_code varchar(13) not null")
                    .contains("foreign key (book_isbn_code) references book_edition")
                    .doesNotContain("create table book_edition");
            assertThat(orders.output("orders.md"))
                    .contains("[BookEdition](catalogue.md#bookedition) (module `catalog`)")
                    .contains("| `OrderLine` | `book_isbn_code` | `book_edition` | [Catalogue](catalogue.md#bookedition) (module `catalog`) |");
            assertThat(orders.output("model.json")).contains("\"externals\"").contains("\"module\": \"catalog\"");
        }
    }

    @Test
    void bothModulesScriptsRunOneAfterTheOther(@TempDir Path folder) throws Exception {
        Path catalog = catalog(folder);
        DiskCompilation orders = orders(folder.resolve("orders"), catalog);

        try (Connection connection = H2.fresh()) {
            H2.run(connection, Files.readString(catalog.resolve("modeldoc/schema-h2.sql")));
            H2.run(connection, orders.output("schema-h2.sql"));
            assertThat(H2.tables(connection)).containsExactlyInAnyOrder("book_edition", "orderline");
            try (ResultSet keys = connection.getMetaData().getImportedKeys(null, "PUBLIC", "ORDERLINE")) {
                assertThat(keys.next()).isTrue();
                assertThat(keys.getString("PKTABLE_NAME")).isEqualToIgnoringCase("book_edition");
                assertThat(keys.getString("FKCOLUMN_NAME")).isEqualToIgnoringCase("book_isbn_code");
            }
        }
    }

    @Test
    void aModuleWithoutModelDocIsReadFromItsClassFilesAndNamed(@TempDir Path folder) throws Exception {
        Path catalog = catalog(folder);
        Files.delete(catalog.resolve("modeldoc/model.json"));

        DiskCompilation orders = orders(folder.resolve("orders"), jar(catalog, folder.resolve("catalog.jar")));

        assertThat(orders.success()).as("%s", orders.diagnostics()).isTrue();
        // Read under this build's jpa naming: the table is BookEdition, the key isbnCode.
        assertThat(orders.output("schema-h2.sql")).contains("book_isbnCode varchar(13) not null")
                .contains("references BookEdition");
        assertThat(orders.output("orders.md")).contains("BookEdition (module `catalog`)").doesNotContain("](catalogue.md");
    }

    @Test
    void aJoinColumnThatWouldLiveInAnotherModulesTableIsAnError(@TempDir Path folder) {
        Path catalog = catalog(folder);
        DiskCompilation orders = DiskCompilation.compile(folder.resolve("orders"), List.of(ORDERS_FEATURE,
                JavaFileObjects.forSourceLines("orders.Shelf",
                        "package orders;",
                        "import jakarta.persistence.*;",
                        "/** A shelf. */",
                        "@Entity public class Shelf {",
                        "  @Id private Long id;",
                        "  /** Its books. */ @OneToMany @JoinColumn(name = \"shelf_id\") private java.util.List<catalog.BookEdition> books;",
                        "}"), ORDER_LINE), options(catalog));

        assertThat(orders.of(Diagnostic.Kind.ERROR)).extracting(d -> d.getMessage(Locale.ROOT)).containsExactly(
                "[modeldoc:other-module] Attribute books keeps its join column in table book_edition of catalog.BookEdition, "
                        + "which catalog's script creates; map the association from that entity's side, or drop @JoinColumn to "
                        + "use a join table of this module. It is left out of the outputs.");
        assertThat(orders.output("schema-h2.sql")).contains("create table Shelf").contains("create table OrderLine");
    }

    @Test
    void aSubclassOfAnotherModulesEntityIsAnErrorAndTheOthersAreDocumented(@TempDir Path folder) {
        Path catalog = catalog(folder);
        DiskCompilation orders = DiskCompilation.compile(folder.resolve("orders"), List.of(ORDERS_FEATURE,
                JavaFileObjects.forSourceLines("orders.SignedEdition",
                        "package orders;",
                        "/** A signed copy. */",
                        "@jakarta.persistence.Entity public class SignedEdition extends catalog.BookEdition {",
                        "  /** Who signed it. */ private String signedBy;",
                        "}"), ORDER_LINE), options(catalog));

        assertThat(orders.of(Diagnostic.Kind.ERROR)).extracting(d -> d.getMessage(Locale.ROOT)).containsExactly(
                "[modeldoc:other-module] Entity orders.SignedEdition extends catalog.BookEdition of module catalog; ModelDoc "
                        + "documents an inheritance hierarchy within one module only, so move the subclass into that module. "
                        + "It is left out of the outputs.");
        assertThat(orders.output("schema-h2.sql")).doesNotContain("SignedEdition").contains("create table OrderLine");
    }

    private static Path catalog(Path folder) {
        DiskCompilation catalog = DiskCompilation.compile(folder.resolve("catalog/target"), CATALOG,
                "modeldoc.dialects=h2", "modeldoc.naming=snake_case");
        assertThat(catalog.success()).as("%s", catalog.diagnostics()).isTrue();
        return catalog.classOutput();
    }

    private static DiskCompilation orders(Path folder, Path catalog) {
        return DiskCompilation.compile(folder, List.of(ORDERS_FEATURE, ORDER_LINE), options(catalog));
    }

    private static String[] options(Path catalog) {
        List<String> options = new ArrayList<>(List.of("modeldoc.dialects=h2"));
        options.addAll(List.of(DiskCompilation.classPathWith(catalog)));
        return options.toArray(String[]::new);
    }

    /** The class folder packed into a jar, as Maven's package phase does. */
    private static Path jar(Path classes, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> files = Files.walk(classes)) {
            for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(path));
                out.closeEntry();
            }
        }
        return jar;
    }
}
