package io.modeldoc.processor.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The fingerprint of everything besides the model that the outputs depend on: the {@code modeldoc.*}
 * options, ModelDoc's own code and built-in templates, the override templates and the baseline's
 * content. Two builds with the same fingerprint and the same model write the same files.
 */
public final class BuildInputs {

    /** ModelDoc's code does not change while a JVM runs, so it is read once per JVM (Gradle keeps daemons). */
    private static volatile String codeDigest;

    private BuildInputs() {
    }

    /**
     * @param options   every processor option javac was given; only {@code modeldoc.*} ones count
     * @param templates the override templates' folder; empty when none
     * @param baseline  the baseline's path; empty when none
     * @return the fingerprint, or empty when an input cannot be read (then nothing is ever reused)
     */
    public static String fingerprint(Map<String, String> options, String templates, String baseline) {
        try {
            MessageDigest digest = sha256();
            update(digest, "code", code());
            new TreeMap<>(options).forEach((key, value) -> {
                if (key.startsWith("modeldoc.")) {
                    update(digest, "option " + key, value == null ? "" : value);
                }
            });
            if (!templates.isEmpty()) {
                update(digest, "templates", folder(Path.of(templates)));
            }
            if (!baseline.isEmpty()) {
                update(digest, "baseline", file(Path.of(baseline)));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            return "";
        }
    }

    /** The digest of the jar or folder ModelDoc's classes and built-in templates come from. */
    private static String code() throws IOException {
        String known = codeDigest;
        if (known == null) {
            known = folderOrFile(codeSource());
            codeDigest = known;
        }
        return known;
    }

    private static Path codeSource() throws IOException {
        CodeSource source = BuildInputs.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IOException("ModelDoc's code source is unknown");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("ModelDoc's code source is not a file: " + source.getLocation(), e);
        }
    }

    private static String folderOrFile(Path path) throws IOException {
        return Files.isDirectory(path) ? folder(path) : file(path);
    }

    /** Every file of the folder by relative path, so a renamed or added template changes the digest too. */
    private static String folder(Path root) throws IOException {
        MessageDigest digest = sha256();
        List<Path> files;
        try (Stream<Path> all = Files.walk(root)) {
            files = all.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            update(digest, root.relativize(file).toString().replace('\\', '/'), file(file));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * A file's length and CRC-32C: it tells a changed jar, template or baseline from the one before, which is all a
     * fingerprint needs, at a fraction of SHA-256's cost in javac's JVM that has not warmed up.
     */
    private static String file(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        long length = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
                length += n;
            }
        }
        return length + "-" + Long.toHexString(crc.getValue());
    }

    private static void update(MessageDigest digest, String name, String value) {
        // Length-prefixed, so that no two different inputs can run together into the same bytes.
        byte[] bytes = (name + "=" + value).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
