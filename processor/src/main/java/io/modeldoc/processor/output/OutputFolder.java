package io.modeldoc.processor.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code modeldoc.outputDir}: a folder outside the build's class output (e.g. {@code docs/data-model})
 * that also receives every output, so documents can be committed and read on a code host.
 *
 * <p>A manifest in the folder ({@value #MANIFEST}) lists the files ModelDoc wrote there. The next
 * build removes those it no longer writes (a renamed feature's document, a migration whose
 * description changed), and never touches a file the manifest does not list. Nothing is ever written
 * outside the folder, and a file whose content is unchanged is left alone.
 */
public final class OutputFolder {

    /** The manifest's name: hidden, as it is ModelDoc's bookkeeping rather than a document. */
    public static final String MANIFEST = ".modeldoc-files";

    private static final String HEADER = "# The files ModelDoc wrote to this folder: it removes those it no longer writes,\n"
            + "# and never touches others. Commit this file with them.\n";

    private final Path root;

    public OutputFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** A file the folder would gain, lose or see changed, with the first line that differs. */
    public record Difference(Path file, String change) {
    }

    /**
     * Writes the files (path below the folder → UTF-8 content), removes the files of the previous
     * manifest that are not among them, and writes the new manifest.
     */
    public void update(Map<String, byte[]> files) throws IOException {
        Map<String, byte[]> all = withManifest(files);
        List<String> previous = previousFiles();
        for (Map.Entry<String, byte[]> file : all.entrySet()) {
            write(file.getKey(), file.getValue());
        }
        for (String stale : previous) {
            if (!all.containsKey(stale)) {
                remove(stale);
            }
        }
    }

    /**
     * What {@link #update} would change, written nowhere: every file that would change, appear or
     * disappear, in path order.
     */
    public List<Difference> compare(Map<String, byte[]> files) throws IOException {
        Map<String, byte[]> all = withManifest(files);
        List<Difference> differences = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>(all.keySet());
        paths.addAll(previousFiles());
        for (String path : paths) {
            Path target = resolve(path);
            byte[] expected = all.get(path);
            if (expected == null) {
                if (Files.isRegularFile(target)) {
                    differences.add(new Difference(target, "would disappear: ModelDoc no longer writes it"));
                }
            } else if (!Files.isRegularFile(target)) {
                differences.add(new Difference(target, "would appear: ModelDoc writes it, and the folder does not have it"));
            } else {
                textChange(Files.readAllBytes(target), expected).ifPresent(change -> differences.add(new Difference(target, change)));
            }
        }
        return differences;
    }

    /**
     * How a file's text differs from what ModelDoc writes; empty when it holds the same text. Decoded only when the
     * bytes differ: a checkout with Windows line ends holds the same text.
     */
    private static Optional<String> textChange(byte[] found, byte[] expected) {
        if (Arrays.equals(found, expected)) {
            return Optional.empty();
        }
        String foundText = new String(found, StandardCharsets.UTF_8).replace("\r\n", "\n");
        String expectedText = new String(expected, StandardCharsets.UTF_8);
        return foundText.equals(expectedText) ? Optional.empty()
                : Optional.of("would change: " + FirstDifference.of(foundText, expectedText));
    }

    private Map<String, byte[]> withManifest(Map<String, byte[]> files) throws IOException {
        Map<String, byte[]> all = new TreeMap<>(files);
        if (all.containsKey(MANIFEST)) {
            throw new IOException("an output cannot be named " + MANIFEST);
        }
        all.put(MANIFEST, (HEADER + String.join("\n", new TreeSet<>(files.keySet())) + "\n").getBytes(StandardCharsets.UTF_8));
        return all;
    }

    /** The paths the previous manifest lists; none when there is no manifest. */
    private List<String> previousFiles() throws IOException {
        Path manifest = root.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
    }

    private void write(String path, byte[] bytes) throws IOException {
        Path target = resolve(path);
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
    }

    /** Removes a file ModelDoc wrote, and the folders below the root that this leaves empty. */
    private void remove(String path) throws IOException {
        Path target = resolve(path);
        if (!Files.isRegularFile(target)) {
            return; // already gone, or replaced by something that is not ours
        }
        Files.delete(target);
        for (Path folder = target.getParent(); !folder.equals(root); folder = folder.getParent()) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(folder);
        }
    }

    /** The file a path names, which must lie below the folder: a manifest edited by hand cannot lead elsewhere. */
    private Path resolve(String path) throws IOException {
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IOException("refusing to touch " + path + " outside " + root);
        }
        return target;
    }
}
