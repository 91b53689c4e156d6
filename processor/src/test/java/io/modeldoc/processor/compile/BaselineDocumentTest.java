package io.modeldoc.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.support.Fixtures;
import io.modeldoc.processor.support.Goldens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documents of a build with a baseline, where feature Depots changes (a renamed column, a new one, a re-created
 * CHECK) and feature Drivers does not: each feature's Migration Strategy holds only its own statements.
 */
class BaselineDocumentTest {

    @TempDir
    static Path folder;

    private static Compilation compilation;

    private static JavaFileObject source(String name, String text) {
        return JavaFileObjects.forSourceString(name, text);
    }

    private static List<JavaFileObject> model(String query, String depotFields) {
        return List.of(
                source("depots.package-info", "/** Where the fleet is kept. */\n"
                        + "@io.modeldoc.annotations.DataModel(feature = \"Depots\")\npackage depots;\n"),
                source("depots.Depot", "package depots;\nimport jakarta.persistence.*;\nimport io.modeldoc.annotations.*;\n"
                        + "/** A depot. */\n@Entity @NamedQuery(name = \"Depot.big\", query = " + query + ")\n"
                        + "public class Depot {\n  /** Key. */ @Id private Long id;\n" + depotFields + "}\n"),
                source("drivers.package-info", "/** Who drives. */\n"
                        + "@io.modeldoc.annotations.DataModel(feature = \"Drivers\")\npackage drivers;\n"),
                source("drivers.Driver", "package drivers;\nimport jakarta.persistence.*;\n"
                        + "/** A driver. */\n@Entity public class Driver {\n  /** Key. */ @Id private Long id;\n"
                        + "  /** The name. */ @Column(length = 80) private String name;\n"
                        + "  /** Home depot. */ @ManyToOne private depots.Depot depot;\n}\n"));
    }

    /** The document's section under that heading, up to the next section. */
    private static String section(String document, String heading) {
        int start = document.indexOf(heading + "\n");
        int end = document.indexOf("\n## ", start + heading.length());
        return document.substring(start, end < 0 ? document.length() : end);
    }

    @BeforeAll
    static void compile() throws IOException {
        Compilation first = Fixtures.compile(model("\"select d from Depot d where d.capacity > 10\"",
                "  /** Capacity. */ @jakarta.validation.constraints.Min(1) private int capacity;\n"
                        + "  /** The name. */ @Column(length = 40) private String name;\n"), "modeldoc.lint=off");
        assertThat(first).succeeded();
        Path baseline = folder.resolve("model.json");
        Files.writeString(baseline, Fixtures.output(first, "model.json"), StandardCharsets.UTF_8);
        compilation = Fixtures.compile(model("\"select d from Depot d where d.places > 10\"",
                "  /** Capacity. */ @RenamedFrom(\"capacity\") @jakarta.validation.constraints.Min(1) private int places;\n"
                        + "  /** The name. */ @Column(length = 80) private String name;\n"
                        + "  /** Phone. */ private String phone;\n"),
                "modeldoc.lint=off", "modeldoc.baseline=" + baseline, "modeldoc.migration.version=2",
                "modeldoc.migration.description=depot_phone");
        assertThat(compilation).succeeded();
    }

    @Test
    void documentsMatchTheirGoldens() {
        Goldens.assertMatches("BaselineDocumentTest", "outputs", "depots.md", Fixtures.output(compilation, "depots.md"));
        Goldens.assertMatches("BaselineDocumentTest", "outputs", "drivers.md", Fixtures.output(compilation, "drivers.md"));
    }

    @Test
    void aFeatureWithoutChangeSaysSoAndQuotesNoOtherFeaturesStatements() {
        String drivers = Fixtures.output(compilation, "drivers.md");
        String strategy = section(drivers, "## Migration Strategy");
        assertThat(strategy).contains("No schema change: this feature's tables are as in the baseline. The build's migration, "
                        + "`migration_2_depot_phone.sql` (in `modeldoc/migrations/postgresql/`), changes other features' tables only.")
                .contains("Nothing to roll back in this feature's tables.")
                .doesNotContain("Depot").doesNotContain("```");
        assertThat(drivers).doesNotContain("Rolling back");
    }

    @Test
    void rollingBackStatesItsDataLossAsARiskWithImpactAndMitigation() {
        String depots = Fixtures.output(compilation, "depots.md");
        assertThat(section(depots, "## Migration Strategy")).contains("- column Depot.phone is dropped with its values.");
        assertThat(section(depots, "## Risk Assessment")).contains("- **Rolling back `rollback_2_depot_phone.sql` loses data**: "
                + "it drops what the migration adds (1 column), with the data written there since; it narrows 1 column back, "
                + "where values written since may not fit (see [Rollback Plan](#rollback-plan)) [Impact: High] - back up the "
                + "database, or export those tables and columns, before rolling back; once the new release has written data, "
                + "prefer a forward fix to a rollback\n");
    }

    @Test
    void existingEntitiesShowTheBaselineAndModifiedEntitiesEachChangeOnce() {
        String depots = Fixtures.output(compilation, "depots.md");
        assertThat(section(depots, "## Current Data Model Analysis"))
                .contains("| `capacity` | `int` | `capacity` | `integer` | not null, ≥ 1 | Capacity. |")
                .contains("| `name` | `String` | `name` | `varchar(40)` | | The name. |")
                .doesNotContain("`phone`");
        assertThat(section(depots, "## Proposed Data Model"))
                .contains("- `places`: renamed from `capacity` (`@RenamedFrom`), rows kept; its CHECK `places>=1` follows the new name")
                .contains("- `name`: `varchar(40)` → `varchar(80)`, widened")
                .contains("- named query `Depot.big` changed: `select d from Depot d where d.capacity > 10` → "
                        + "`select d from Depot d where d.places > 10`")
                .doesNotContain("integer → integer")
                .contains("    Depot[\"Depot (changed)\"] {\n        bigint id PK\n        integer places \"changed\"\n"
                        + "        varchar(80) name \"changed\"\n        varchar(255) phone \"new\"\n");
    }

    @Test
    void anUnchangedTableIsNamedNotQuoted() {
        assertThat(section(Fixtures.output(compilation, "drivers.md"), "## Database Schema"))
                .contains("### Tables\n`schema-postgresql.sql` has every table's DDL; not repeated here: `Driver` is unchanged since "
                        + "the baseline.\n")
                .doesNotContain("create table");
        // a changed table's statements are quoted once, under Database Migration
        assertThat(section(Fixtures.output(compilation, "depots.md"), "## Database Schema")).doesNotContain("create table")
                .contains("the statements creating or changing `Depot` are under [Database Migration](#database-migration).");
        String drivers = Fixtures.output(compilation, "drivers.md");
        // Its columns are in its entity section; the diagram keeps its keys, the integrity list its foreign key's name.
        assertThat(drivers).contains("    %% unchanged since the baseline: key columns only\n    Driver {\n        bigint id PK\n"
                        + "        bigint depot_id FK\n    }\n")
                .contains("- **Foreign keys (database)**: `fk_driver_depot_id`\n");
    }

    @Test
    void aChangedFeatureQuotesItsOwnStatements() {
        String depots = Fixtures.output(compilation, "depots.md");
        String strategy = section(depots, "## Migration Strategy");
        assertThat(strategy).contains("alter table if exists Depot add column phone varchar(255);")
                .doesNotContain("Driver").doesNotContain("start transaction;");
    }
}
