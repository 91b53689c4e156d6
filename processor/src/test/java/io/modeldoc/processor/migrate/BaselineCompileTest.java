package io.modeldoc.processor.migrate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.parity.ParityDialect;
import io.modeldoc.processor.parity.ParityHarness;
import io.modeldoc.processor.support.Fixtures;
import io.modeldoc.processor.support.ScriptStatements;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor with {@code -Amodeldoc.baseline}: migration files, warnings, and clear errors for bad baselines. */
class BaselineCompileTest {

    private static JavaFileObject thing(String... fields) {
        StringBuilder text = new StringBuilder("package test;\nimport jakarta.persistence.*;\n/** A thing. */\n"
                + "@Entity public class Thing {\n  /** Key. */ @Id private Long id;\n");
        for (String field : fields) {
            text.append("  /** A field. */ ").append(field).append('\n');
        }
        return JavaFileObjects.forSourceString("test.Thing", text.append("}\n").toString());
    }

    private static Path baselineOf(Path folder, JavaFileObject source) throws IOException {
        Compilation first = Fixtures.compile(List.of(source), "modeldoc.dialects=h2,postgresql");
        assertThat(first).succeeded();
        Path file = folder.resolve("model.json");
        Files.writeString(file, Fixtures.output(first, "model.json"), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aChangedModelGetsMigrationAndRollbackPerDialect(@TempDir Path folder) throws IOException {
        Path baseline = baselineOf(folder, thing("@Column(length = 40) private String name;"));

        Compilation compilation = Fixtures.compile(List.of(thing("@Column(length = 80) private String name;",
                        "@Column(nullable = false) private Integer size;")),
                "modeldoc.dialects=h2,postgresql", "modeldoc.baseline=" + baseline,
                "modeldoc.migration.version=3", "modeldoc.migration.description=wider_names");

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[modeldoc:migration] The migration for h2: column Thing.size is added as not null");
        String forward = Fixtures.output(compilation, "migrations/postgresql/migration_3_wider_names.sql");
        assertThat(forward).contains("start transaction;\n",
                "alter table if exists Thing add column size integer not null;\n",
                "alter table if exists Thing alter column name type varchar(80);\n", "commit;\n");
        assertThat(Fixtures.output(compilation, "migrations/h2/rollback_3_wider_names.sql"))
                .contains("alter table if exists Thing drop column size;\n",
                        "-- Statements that lose data or may:\n",
                        "--   column Thing.size is dropped with its values.\n",
                        "--   column Thing.name narrows from varchar(80) to varchar(40): checked first (fits_thing_name)",
                        "alter table if exists Thing add constraint fits_thing_name check (name is null or char_length(name) <= 40);\n"
                                + "\nalter table if exists Thing alter column name set data type varchar(40);\n"
                                + "\nalter table if exists Thing drop constraint fits_thing_name;\n");
    }

    @Test
    void theLiquibaseStyleWritesAChangelogAndAMasterPerDialect(@TempDir Path folder) throws IOException {
        Path baseline = baselineOf(folder, thing("@Column(length = 40) private String name;", "private String legacy;"));

        Compilation compilation = Fixtures.compile(List.of(thing("@Column(length = 80) private String name;")),
                "modeldoc.dialects=postgresql,h2", "modeldoc.baseline=" + baseline, "modeldoc.migration.style=liquibase",
                "modeldoc.migration.version=3", "modeldoc.migration.description=wider_names");

        assertThat(compilation).succeeded();
        String changelog = Fixtures.output(compilation, "migrations/postgresql/changelog_3_wider_names.sql");
        assertThat(changelog).startsWith("--liquibase formatted sql\n").contains(
                "--changeset modeldoc:3-wider_names dbms:postgresql\n",
                "alter table if exists Thing alter column name type varchar(80);\n",
                "--rollback alter table if exists Thing add column legacy varchar(255);\n",
                "--   column Thing.legacy is dropped with its values.\n");
        assertThat(Fixtures.output(compilation, "migrations/h2/db.changelog-master.xml"))
                .contains("<include file=\"changelog_3_wider_names.sql\" relativeToChangelogFile=\"true\"/>");
        assertThat(Fixtures.output(compilation, "data-model.md")).contains("**Migration File**: `changelog_3_wider_names.sql`",
                "What the rollback loses, or may (its impact and mitigation are under [Risk Assessment](#risk-assessment)):\n- column Thing.name narrows from varchar(80) to varchar(40)");
    }

    @Test
    void dropsLaterKeepTheDroppedColumnNullableAndDropItInASecondScript(@TempDir Path folder) throws IOException {
        Path baseline = baselineOf(folder, thing("@Column(nullable = false) private String legacy;", "private String name;"));

        Compilation compilation = Fixtures.compile(List.of(thing("private String name;")),
                "modeldoc.dialects=postgresql", "modeldoc.baseline=" + baseline, "modeldoc.migration.drops=later",
                "modeldoc.migration.style=flyway", "modeldoc.migration.version=3", "modeldoc.migration.description=no_legacy");

        assertThat(compilation).succeeded();
        assertThat(Fixtures.output(compilation, "migrations/postgresql/V3__no_legacy.sql"))
                .contains("alter table if exists Thing alter column legacy drop not null;\n").doesNotContain("drop column");
        assertThat(Fixtures.output(compilation, "migrations/postgresql/V3.1__no_legacy_drops.sql"))
                .contains("alter table if exists Thing drop column legacy;\n");
        assertThat(Fixtures.output(compilation, "migrations/postgresql/U3.1__no_legacy_drops.sql"))
                .contains("alter table if exists Thing add column legacy varchar(255);\n");
        assertThat(Fixtures.output(compilation, "data-model.md")).contains("Drops come later",
                "`V3.1__no_legacy_drops.sql` removes it once no older release uses the database: column Thing.legacy is dropped");
    }

    @Test
    void addingAMapCreatesItsCollectionTableKeyedByOwnerAndKey(@TempDir Path folder) throws IOException {
        JavaFileObject before = thing("private String name;");
        Path baseline = baselineOf(folder, before);
        String baselineSchema = Fixtures.output(Fixtures.compile(List.of(before), "modeldoc.dialects=h2"), "schema-h2.sql");

        Compilation compilation = Fixtures.compile(List.of(thing("private String name;",
                        "@ElementCollection @MapKeyColumn(name = \"lang\", length = 5) private java.util.Map<String, String> titles;")),
                "modeldoc.dialects=h2", "modeldoc.baseline=" + baseline);

        assertThat(compilation).succeeded();
        String forward = Fixtures.output(compilation, "migrations/h2/migration_1_update.sql");
        assertThat(forward).contains("create table Thing_titles", "lang varchar(5) not null", "primary key (Thing_id, lang)");
        List<String> migrated = new java.util.ArrayList<>(ScriptStatements.split(baselineSchema));
        migrated.addAll(ScriptStatements.split(forward));
        ParityDialect h2 = ParityDialect.of("h2");
        assertThat(ParityHarness.catalogOf(h2, migrated, "baseline and migration"))
                .isEqualTo(ParityHarness.catalogOf(h2, ScriptStatements.split(Fixtures.output(compilation, "schema-h2.sql")), "today"));
    }

    @Test
    void renamedFromRenamesInsteadOfDroppingAndAdding(@TempDir Path folder) throws IOException {
        Path baseline = baselineOf(folder, thing("private String name;"));

        Compilation compilation = Fixtures.compile(List.of(JavaFileObjects.forSourceString("test.Item", String.join("\n",
                        "package test;",
                        "import jakarta.persistence.*;",
                        "import io.modeldoc.annotations.RenamedFrom;",
                        "/** An item. */",
                        "@Entity @RenamedFrom(\"Thing\") public class Item {",
                        "  /** Key. */ @Id private Long id;",
                        "  /** Its name. */ @RenamedFrom(\"name\") private String title;",
                        "}"))),
                "modeldoc.dialects=h2", "modeldoc.baseline=" + baseline);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(Fixtures.output(compilation, "migrations/h2/migration_1_update.sql"))
                .contains("alter table Thing rename to Item;\n", "alter table if exists Item rename column name to title;\n")
                .doesNotContain("drop", "create table");
        assertThat(Fixtures.output(compilation, "migrations/h2/rollback_1_update.sql"))
                .contains("alter table Item rename to Thing;\n", "alter table if exists Thing rename column title to name;\n");
    }

    @Test
    void theDocumentShowsExistingNewAndModifiedEntitiesAndTheDataLoss(@TempDir Path folder) throws IOException {
        Path baseline = baselineOf(folder, thing("@Column(length = 80) private String name;", "private String code;"));
        JavaFileObject other = JavaFileObjects.forSourceString("test.Other",
                "package test;\nimport jakarta.persistence.*;\n/** Another. */\n@Entity public class Other {\n"
                        + "  /** Key. */ @Id private Long id;\n}\n");

        Compilation compilation = Fixtures.compile(List.of(thing("@Column(length = 20) private String name;",
                "private String label;"), other), "modeldoc.dialects=postgresql", "modeldoc.baseline=" + baseline);

        assertThat(compilation).succeeded();
        String document = Fixtures.output(compilation, "data-model.md");
        assertThat(document)
                .contains("### Existing Entities\n- **Thing** (table `Thing`): modified, see Modified Entities\n\n#### Thing\n")
                .contains("### New Entities\n\n#### Other\n")
                .contains("#### Existing Entity: Thing\n**Changes**: 1 new field, 1 modified field, 1 removed field; "
                        + "**a drop and an add, not a rename**")
                .contains("- `label`: varchar(255) - A field.\n")
                .contains("- `name`: `varchar(80)` → `varchar(20)`, narrowed: values that do not fit are lost or stop the migration")
                .contains("- `code`: varchar(255) - dropped with its data\n")
                .contains("**Migration File**: `migration_1_update.sql`")
                .contains("alter table if exists Thing drop column code;")
                .contains("### Rollback Plan\n**Rollback File**: `rollback_1_update.sql`")
                .contains("- **Data loss**: Column Thing.code is dropped: its data is lost when the migration runs (if label is "
                        + "code renamed, annotate it with @RenamedFrom(\"code\") to keep the data).\n")
                .contains("- **Data loss**: Column Thing.name narrows from varchar(80) to varchar(20)");
    }

    @Test
    void flywayStyleNamesTheFilesForFlyway(@TempDir Path folder) throws IOException {
        Path baseline = baselineOf(folder, thing("private String name;"));

        Compilation compilation = Fixtures.compile(List.of(thing("private String name;", "private String note;")),
                "modeldoc.dialects=h2", "modeldoc.baseline=" + baseline, "modeldoc.migration.style=flyway",
                "modeldoc.migration.version=2");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(Fixtures.output(compilation, "migrations/h2/V2__update.sql")).contains("add column note varchar(255);");
        assertThat(Fixtures.output(compilation, "migrations/h2/U2__update.sql")).contains("drop column note;");
    }

    @Test
    void withoutBaselineThereIsNoMigration() {
        Compilation compilation = Fixtures.compile(List.of(thing("private String name;")), "modeldoc.dialects=h2");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedFiles()).noneMatch(f -> f.getName().contains("migrations"));
    }

    @Test
    void aCorruptBaselineIsOneErrorNamingTheFile(@TempDir Path folder) throws IOException {
        Path baseline = folder.resolve("broken.json");
        Files.writeString(baseline, "{\"formatVersion\": 2, \"tables\": [", StandardCharsets.UTF_8);

        Compilation compilation = Fixtures.compile(List.of(thing("private String name;")), "modeldoc.baseline=" + baseline);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[modeldoc:baseline] The baseline " + baseline + " is not valid JSON");
    }

    @Test
    void aNewerFormatVersionIsAnError(@TempDir Path folder) throws IOException {
        Path baseline = folder.resolve("model.json");
        Files.writeString(baseline, "{\"formatVersion\": 99, \"entities\": [], \"features\": [], \"sequences\": [], \"tables\": []}",
                StandardCharsets.UTF_8);

        Compilation compilation = Fixtures.compile(List.of(thing("private String name;")), "modeldoc.baseline=" + baseline);

        assertThat(compilation).hadErrorContaining("The baseline " + baseline + " has formatVersion 99, but this ModelDoc reads versions 1 to " + io.modeldoc.processor.snapshot.ModelJson.FORMAT_VERSION);
    }

    @Test
    void aMissingBaselineIsAnError(@TempDir Path folder) {
        Path baseline = folder.resolve("nowhere.json");

        Compilation compilation = Fixtures.compile(List.of(thing("private String name;")), "modeldoc.baseline=" + baseline);

        assertThat(compilation).hadErrorContaining("The baseline " + baseline + " cannot be read (NoSuchFileException");
    }

    @Test
    void badMigrationOptionsAreErrors() {
        Compilation compilation = Fixtures.compile(List.of(thing("private String name;")),
                "modeldoc.migration.version=v1", "modeldoc.migration.description=add notes");

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("Bad value 'v1' for -Amodeldoc.migration.version");
        assertThat(compilation).hadErrorContaining("Bad value 'add notes' for -Amodeldoc.migration.description");
    }
}
