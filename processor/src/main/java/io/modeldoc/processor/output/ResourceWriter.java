package io.modeldoc.processor.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@code modeldoc/...} resources to CLASS_OUTPUT, so they reach {@code target/classes} and the jar. Contents are
 * UTF-8 bytes, encoded once: a large model's outputs are tens of megabytes.
 */
public final class ResourceWriter {

    /** The folder every output lives in. */
    public static final String ROOT = "modeldoc/";

    private final Filer filer;
    private final Map<String, String> stamps = new TreeMap<>();

    public ResourceWriter(Filer filer) {
        this.filer = filer;
    }

    /**
     * The {@link OutputRecord#stamp stamps} of the files written so far, by path in {@code CLASS_OUTPUT}; a file
     * whose stamp cannot be taken (not on a file system) is left out.
     */
    public Map<String, String> stamps() {
        return Map.copyOf(stamps);
    }

    /** The stamp of a file on disk; empty when it is not on a file system or cannot be read. */
    public static Optional<String> stampOf(FileObject file) {
        try {
            if (!"file".equals(file.toUri().getScheme())) {
                return Optional.empty();
            }
            BasicFileAttributes attributes = Files.readAttributes(Path.of(file.toUri()), BasicFileAttributes.class);
            return Optional.of(OutputRecord.stamp(attributes.size(), attributes.lastModifiedTime().toMillis()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The texts as UTF-8, path by path. */
    public static Map<String, byte[]> utf8(Map<String, String> texts) {
        Map<String, byte[]> bytes = new TreeMap<>();
        texts.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return bytes;
    }

    /**
     * @param path the path below {@code modeldoc/}, e.g. {@code schema-h2.sql}
     */
    public void write(String path, byte[] content) throws IOException {
        write("", path, content);
    }

    /**
     * The create scripts again, below the package of {@code ModelDocSchema}
     * ({@code com/example/shop/modeldoc/schema-h2.sql}): a path no other module's jar has, so the
     * class finds its own module's scripts whatever the order of the jars on the class path.
     *
     * @param files every output, path below {@code modeldoc/} → content; only the create scripts are written
     */
    public void writeBesideSchemaClass(String packageName, Map<String, byte[]> files) throws IOException {
        if (packageName.isEmpty()) {
            return; // the default package's copy would be the file written already
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (isCreateScript(file.getKey())) {
                write(packageName, file.getKey(), file.getValue());
            }
        }
    }

    /** Whether the path (below {@code modeldoc/}) is a create script, {@code schema-<dialect>.sql}. */
    public static boolean isCreateScript(String path) {
        return path.startsWith("schema-") && path.endsWith(".sql") && !path.contains("/");
    }

    /** The record of what was written, where the next build looks for it ({@link OutputRecord#PATH}). */
    public void writeRecord(OutputRecord record) throws IOException {
        FileObject file = filer.createResource(StandardLocation.SOURCE_OUTPUT, "", OutputRecord.PATH);
        try (OutputStream out = file.openOutputStream()) {
            out.write(record.text().getBytes(StandardCharsets.UTF_8));
        }
    }

    private void write(String packageName, String path, byte[] content) throws IOException {
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, packageName, ROOT + path);
        try (OutputStream out = file.openOutputStream()) {
            out.write(content);
        }
        String inClassOutput = (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/") + ROOT + path;
        stampOf(file).ifPresent(stamp -> stamps.put(inClassOutput, stamp));
    }
}
