package io.modeldoc.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.support.Fixtures;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A {@code @Lob} column is a PostgreSQL large object ({@code oid}), outside the table's privileges and not deleted
 * with its row: the document says so at the column, under Security and under Maintenance. Where the shown database
 * keeps the value in the row, it says nothing of the kind.
 */
class LargeObjectsDocumentTest {

    private static final List<JavaFileObject> SOURCES = List.of(JavaFileObjects.forSourceString("files.Scan",
            "package files;\nimport jakarta.persistence.*;\n/** A scanned letter. */\n@Entity public class Scan {\n"
                    + "  /** Key. */ @Id private Long id;\n  /** The image. */ @Lob private byte[] image;\n"
                    + "  /** The text read from it. */ @Lob private String text;\n}\n"));

    @Test
    void onPostgreSqlTheColumnSecurityAndMaintenanceSayItIsALargeObject() {
        Compilation compilation = Fixtures.compile(SOURCES, "modeldoc.lint=off", "modeldoc.dialects=postgresql");
        assertThat(compilation).succeeded();
        String document = Fixtures.output(compilation, "data-model.md");
        assertThat(document)
                .contains("| `image` | `byte[]` | `image` | `oid` | large object: outside the table's GRANTs, not deleted with its row "
                        + "(see [Security Considerations](#security-considerations)) | The image. |")
                .contains("### Data Protection\n\n**Large objects**: `Scan.image` and `Scan.text` are PostgreSQL large objects (`oid`), "
                        + "stored in `pg_largeobject` apart from the row. The table's `GRANT`s do not reach them")
                .contains("- **Large Objects**: deleting a row, or replacing the value of `Scan.image` and `Scan.text`, leaves the old "
                        + "large object behind in `pg_largeobject`: add the `lo` extension's `lo_manage` trigger to each such column, "
                        + "or run `vacuumlo` regularly\n");
    }

    @Test
    void whereTheValueStaysInTheRowNothingIsSaid() {
        Compilation compilation = Fixtures.compile(SOURCES, "modeldoc.lint=off", "modeldoc.dialects=h2,postgresql");
        assertThat(compilation).succeeded();
        assertThat(Fixtures.output(compilation, "data-model.md")).doesNotContain("large object").doesNotContain("Large Objects");
    }
}
