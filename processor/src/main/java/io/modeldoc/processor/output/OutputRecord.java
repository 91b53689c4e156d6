package io.modeldoc.processor.output;

import io.modeldoc.processor.diag.Problem;
import io.modeldoc.processor.diag.ProblemLine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32C;

/**
 * What a build wrote below {@code modeldoc/}, and from which inputs: a digest of each file, the
 * migration warnings it reported, and the {@link BuildInputs} fingerprint. A later partial build
 * whose model is the same can then write the same files again instead of rendering them anew, and
 * knows they are the files it wrote, not files edited since.
 *
 * <p>Kept in {@code SOURCE_OUTPUT} as {@value #PATH}: it is ModelDoc's bookkeeping, not an
 * output, so it stays out of the jar where the build tool keeps generated sources apart.
 *
 * <p>It also records what the model came from, so that a partial build that recompiles entities read
 * exactly as before can write the files again without reading the other entities or {@code model.json}
 * ({@link Sources}), and the problems the build found, which such a build reports again.
 *
 * @param inputs   the fingerprint of the inputs besides the model
 * @param warnings the migration warnings, in the order reported
 * @param digests  path below {@code modeldoc/} → its {@link #digest}
 * @param sources  what the model was assembled from; {@link Sources#UNKNOWN} when not recorded
 * @param problems the problems found, in the order found
 */
public record OutputRecord(String inputs, List<String> warnings, Map<String, String> digests, Sources sources,
                           List<Recorded> problems) {

    /**
     * What the model was assembled from.
     *
     * @param entities      each entity's qualified name → the digest of what was read of it ({@link #digestOf})
     * @param schemaPackage the package {@code ModelDocSchema} was generated in
     * @param externals     whether entities of other modules took part (their module's outputs are not recorded here)
     */
    public record Sources(Map<String, String> entities, String schemaPackage, boolean externals) {

        public static final Sources UNKNOWN = new Sources(Map.of(), "", true);

        public Sources {
            entities = Map.copyOf(new TreeMap<>(entities));
        }
    }

    /** Which problems a problem is among: those always reported, or a lint's, reported on types compiled from source. */
    public enum Group { REPORTED, DOCUMENTATION, QUERY }

    /** A problem the build found, with its group. */
    public record Recorded(Group group, Problem problem) {
    }

    /** The record's path in {@code SOURCE_OUTPUT}. */
    public static final String PATH = "modeldoc/.modeldoc-outputs";

    private static final String HEADER = "# ModelDoc's record of its last outputs, to write them again unchanged. Not an output.";

    public OutputRecord {
        warnings = List.copyOf(warnings);
        digests = Map.copyOf(new TreeMap<>(digests));
        problems = List.copyOf(problems);
    }

    /** The record of {@code files} (path → text) written from {@code inputs}, with the warnings reported. */
    public static OutputRecord of(String inputs, List<String> warnings, Map<String, String> files) {
        return of(inputs, warnings, files, Sources.UNKNOWN, List.of());
    }

    /** The record of {@code files} written from {@code inputs} and {@code sources}, with the warnings and problems reported. */
    public static OutputRecord of(String inputs, List<String> warnings, Map<String, String> files, Sources sources,
                                  List<Recorded> problems) {
        Map<String, String> digests = new TreeMap<>();
        files.forEach((path, text) -> digests.put(path, digest(text)));
        return new OutputRecord(inputs, warnings, digests, sources, problems);
    }

    /** The digest of what was read of an entity, its {@code toString()}: equal digests, equal reads. */
    public static String digestOf(Object read) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(read.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The record as a text of one entry per line; paths and warnings are single lines. */
    public String text() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        out.append("inputs ").append(inputs).append('\n');
        warnings.forEach(w -> out.append("warning ").append(escaped(w)).append('\n'));
        new TreeMap<>(digests).forEach((path, digest) -> out.append("file ").append(digest).append(' ').append(path).append('\n'));
        if (sources != Sources.UNKNOWN) {
            out.append("schema-package ").append(sources.schemaPackage()).append('\n');
            if (sources.externals()) {
                out.append("externals\n");
            }
            new TreeMap<>(sources.entities()).forEach((name, digest) -> out.append("source ").append(digest).append(' ')
                    .append(name).append('\n'));
        }
        problems.forEach(p -> out.append("problem ").append(p.group().name()).append(' ')
                .append(ProblemLine.write(p.problem())).append('\n'));
        return out.toString();
    }

    /** The record in {@code text}; empty when the text is not one (a newer or damaged record is never trusted). */
    public static Optional<OutputRecord> parse(String text) {
        String inputs = null;
        List<String> warnings = new ArrayList<>();
        Map<String, String> digests = new TreeMap<>();
        String schemaPackage = null;
        boolean externals = false;
        Map<String, String> entities = new TreeMap<>();
        List<Recorded> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        if (lines.length < 2 || !lines[0].equals(HEADER) || !lines[lines.length - 1].isEmpty()) {
            return Optional.empty();
        }
        for (int i = 1; i < lines.length - 1; i++) {
            String line = lines[i];
            if (line.startsWith("inputs ") && inputs == null) {
                inputs = line.substring("inputs ".length());
            } else if (line.startsWith("warning ")) {
                warnings.add(unescaped(line.substring("warning ".length())));
            } else if (line.startsWith("file ") && line.indexOf(' ', 5) > 5) {
                int space = line.indexOf(' ', 5);
                digests.put(line.substring(space + 1), line.substring(5, space));
            } else if (line.startsWith("schema-package ") && schemaPackage == null) {
                schemaPackage = line.substring("schema-package ".length());
            } else if (line.equals("externals")) {
                externals = true;
            } else if (line.startsWith("source ") && line.indexOf(' ', 7) > 7) {
                int space = line.indexOf(' ', 7);
                entities.put(line.substring(space + 1), line.substring(7, space));
            } else if (line.startsWith("problem ")) {
                Optional<Recorded> problem = recorded(line.substring("problem ".length()));
                if (problem.isEmpty()) {
                    return Optional.empty();
                }
                problems.add(problem.get());
            } else {
                return Optional.empty();
            }
        }
        Sources sources = schemaPackage == null ? Sources.UNKNOWN : new Sources(entities, schemaPackage, externals);
        return inputs == null ? Optional.empty() : Optional.of(new OutputRecord(inputs, warnings, digests, sources, problems));
    }

    private static Optional<Recorded> recorded(String text) {
        int space = text.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        try {
            Group group = Group.valueOf(text.substring(0, space));
            return ProblemLine.read(text.substring(space + 1)).map(problem -> new Recorded(group, problem));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code files} are exactly the files recorded, each with the recorded text. */
    public boolean matches(Map<String, String> files) {
        if (!files.keySet().equals(digests.keySet())) {
            return false;
        }
        return files.entrySet().stream().allMatch(f -> digest(f.getValue()).equals(digests.get(f.getKey())));
    }

    /**
     * The text's length in UTF-8 bytes and its CRC-32C, in hex: enough to tell a file edited since it
     * was written, at a tenth of a cryptographic digest's cost on a large model's outputs.
     */
    static String digest(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return String.format(Locale.ROOT, "%d-%08x", bytes.length, crc.getValue());
    }

    /** A warning on one line: backslashes doubled, line ends as {@code \\n} and {@code \\r}. */
    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
