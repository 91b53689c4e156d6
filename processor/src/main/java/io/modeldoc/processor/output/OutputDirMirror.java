package io.modeldoc.processor.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code modeldoc.outputDir}: a folder outside the build's class output (e.g. {@code docs/data-model})
 * that also receives every output, so documents can be committed and read on a code host.
 * Nothing is ever written outside that folder, and a file whose content is unchanged is left alone.
 */
public final class OutputDirMirror {

    private final Path root;

    public OutputDirMirror(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public void write(String path, String content) throws IOException {
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IOException("refusing to write " + path + " outside " + root);
        }
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (Files.exists(target) && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
    }
}
