package io.modeldoc.processor.output;

import static io.modeldoc.processor.output.ResourceWriter.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @Test
    void writesBelowItsFolderAndLeavesUnchangedFilesAlone(@TempDir Path folder) throws IOException {
        OutputFolder docs = new OutputFolder(folder.resolve("docs"));
        docs.update(utf8(Map.of("orders.md", "# Orders\n")));
        Path file = folder.resolve("docs/orders.md");
        // A time no write could give the file: any rewrite, however fast, changes it.
        FileTime untouched = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, untouched);
        docs.update(utf8(Map.of("orders.md", "# Orders\n")));

        assertThat(file).hasContent("# Orders");
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(untouched);
    }

    @Test
    void refusesPathsOutsideItsFolder(@TempDir Path folder) {
        OutputFolder docs = new OutputFolder(folder.resolve("docs"));

        for (String path : new String[] {"../escape.md", "a/../../escape.md", "/etc/escape.md", ""}) {
            assertThatThrownBy(() -> docs.update(utf8(Map.of(path, "x")))).as(path).isInstanceOf(IOException.class);
        }
        assertThat(folder.resolve("escape.md")).doesNotExist();
    }

    @Test
    void removesWhatItWroteBeforeAndNoLongerWritesButNothingElse(@TempDir Path folder) throws IOException {
        Path root = folder.resolve("docs");
        OutputFolder docs = new OutputFolder(root);
        docs.update(utf8(Map.of("shipping.md", "# Shipping\n", "migrations/h2/V2__old.sql", "old\n", "index.md", "x\n")));
        Files.writeString(root.resolve("README.md"), "the team's own file\n");
        Files.writeString(root.resolve("migrations/h2/V1__by_hand.sql"), "a script the team wrote\n");

        docs.update(utf8(Map.of("delivery.md", "# Delivery\n", "migrations/h2/V2__new.sql", "new\n", "index.md", "y\n")));

        assertThat(root.resolve("shipping.md")).doesNotExist();
        assertThat(root.resolve("migrations/h2/V2__old.sql")).doesNotExist();
        assertThat(root.resolve("migrations/h2/V2__new.sql")).hasContent("new");
        assertThat(root.resolve("README.md")).hasContent("the team's own file");
        assertThat(root.resolve("migrations/h2/V1__by_hand.sql")).exists();
        assertThat(Files.readAllLines(root.resolve(OutputFolder.MANIFEST)).stream().filter(l -> !l.startsWith("#")))
                .containsExactly("delivery.md", "index.md", "migrations/h2/V2__new.sql");
    }

    @Test
    void removesTheFoldersItEmptiesAndKeepsTheRoot(@TempDir Path folder) throws IOException {
        Path root = folder.resolve("docs");
        OutputFolder docs = new OutputFolder(root);
        docs.update(utf8(Map.of("migrations/mysql/migration_1_update.sql", "x\n", "index.md", "x\n")));

        docs.update(utf8(Map.of("index.md", "x\n")));

        assertThat(root.resolve("migrations")).doesNotExist();
        assertThat(root.resolve("index.md")).exists();
    }

    @Test
    void aFolderWithoutManifestLosesNothing(@TempDir Path folder) throws IOException {
        Path root = Files.createDirectories(folder.resolve("docs"));
        Files.writeString(root.resolve("orders.md"), "written by an older ModelDoc\n");

        new OutputFolder(root).update(utf8(Map.of("index.md", "x\n")));

        assertThat(root.resolve("orders.md")).exists();
    }

    @Test
    void aManifestEditedToPointOutsideIsRefused(@TempDir Path folder) throws IOException {
        Path root = Files.createDirectories(folder.resolve("docs"));
        Files.writeString(folder.resolve("precious.txt"), "keep\n");
        Files.writeString(root.resolve(OutputFolder.MANIFEST), "../precious.txt\n");

        assertThatThrownBy(() -> new OutputFolder(root).update(utf8(Map.of("index.md", "x\n")))).isInstanceOf(IOException.class);
        assertThat(folder.resolve("precious.txt")).exists();
    }

    @Test
    void comparingNamesEachFileThatWouldChangeAppearOrDisappearAndWritesNothing(@TempDir Path folder) throws IOException {
        Path root = folder.resolve("docs");
        OutputFolder docs = new OutputFolder(root);
        docs.update(utf8(Map.of("index.md", "# Index\none\ntwo\n", "old.md", "# Old\n", "same.md", "same\n")));

        List<OutputFolder.Difference> differences = docs.compare(utf8(Map.of("index.md", "# Index\none\nthree\n", "new.md", "# New\n",
                "same.md", "same\n")));

        assertThat(differences).extracting(d -> root.relativize(d.file()).toString(), OutputFolder.Difference::change).containsExactly(
                org.assertj.core.groups.Tuple.tuple(OutputFolder.MANIFEST, "would change: line 4 is now `new.md` instead of `old.md`"),
                org.assertj.core.groups.Tuple.tuple("index.md", "would change: line 3 is now `three` instead of `two`"),
                org.assertj.core.groups.Tuple.tuple("new.md", "would appear: ModelDoc writes it, and the folder does not have it"),
                org.assertj.core.groups.Tuple.tuple("old.md", "would disappear: ModelDoc no longer writes it"));
        assertThat(root.resolve("old.md")).exists();
        assertThat(root.resolve("new.md")).doesNotExist();
    }

    @Test
    void comparingAFreshFolderFindsNothingWhateverItsLineEnds(@TempDir Path folder) throws IOException {
        Path root = folder.resolve("docs");
        OutputFolder docs = new OutputFolder(root);
        Map<String, byte[]> files = utf8(Map.of("index.md", "# Index\nline\n"));
        docs.update(files);
        Files.writeString(root.resolve("index.md"), "# Index\r\nline\r\n");

        assertThat(docs.compare(files)).isEmpty();
    }
}
