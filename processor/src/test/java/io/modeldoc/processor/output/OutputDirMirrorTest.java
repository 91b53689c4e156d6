package io.modeldoc.processor.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirMirrorTest {

    @Test
    void writesBelowItsFolderAndLeavesUnchangedFilesAlone(@TempDir Path folder) throws IOException, InterruptedException {
        OutputDirMirror mirror = new OutputDirMirror(folder.resolve("docs"));
        mirror.write("orders.md", "# Orders\n");
        Path file = folder.resolve("docs/orders.md");
        var written = Files.getLastModifiedTime(file);
        Thread.sleep(20);
        mirror.write("orders.md", "# Orders\n");

        assertThat(file).hasContent("# Orders");
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);
    }

    @Test
    void refusesPathsOutsideItsFolder(@TempDir Path folder) {
        OutputDirMirror mirror = new OutputDirMirror(folder.resolve("docs"));

        for (String path : new String[] {"../escape.md", "a/../../escape.md", "/etc/escape.md", ""}) {
            assertThatThrownBy(() -> mirror.write(path, "x")).as(path).isInstanceOf(IOException.class);
        }
        assertThat(folder.resolve("escape.md")).doesNotExist();
    }
}
