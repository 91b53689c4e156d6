package io.modeldoc.processor.output;

import io.modeldoc.processor.diag.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * @param stamps   each file written, by its path in {@code CLASS_OUTPUT} (the copies beside {@code ModelDocSchema} too)
 *                 → its length and modification time, {@code <length>@<millis>}: a file still so stamped is still as
 *                 written, without reading it
 * @param sources  what the model was assembled from; {@link Sources#UNKNOWN} when not recorded
 * @param problems the problems found, in the order found
 */
public record OutputRecord(String inputs, List<String> warnings, Map<String, String> digests, Map<String, String> stamps,
                           Sources sources, List<Recorded> problems) {

    /**
     * What the model was assembled from.
     *
     * @param entities      each entity's qualified name → the digest of what was read of it ({@link ReadDigest})
     * @param schemaPackage the package {@code ModelDocSchema} was generated in
     * @param externals     whether entities of other modules took part (their module's outputs are not recorded here)
     * @param schemaSource  the {@link #stamp} of the generated {@code ModelDocSchema} source; empty when unknown
     */
    public record Sources(Map<String, String> entities, String schemaPackage, boolean externals, String schemaSource) {

        public static final Sources UNKNOWN = new Sources(Map.of(), "", true, "");

        public Sources {
            entities = Map.copyOf(new TreeMap<>(entities));
        }
    }

    /** Which problems a problem is among: those always reported, or a lint's, reported on types compiled from source. */
    public enum Group { REPORTED, DOCUMENTATION, QUERY }

    /**
     * A problem the build found, with its group; kept as its {@link ProblemLine} and read only when reported again
     * (a large model's record holds thousands, and a partial build reports those of a few classes).
     */
    public record Recorded(Group group, String line) {

        public static Recorded of(Group group, Problem problem) {
            return new Recorded(group, ProblemLine.write(problem));
        }

        /** The problem; empty if the line is not one. */
        public Optional<Problem> problem() {
            return ProblemLine.read(line);
        }

        /** The qualified name of the type the problem is about, read without the rest of the line. */
        public String type() {
            return ProblemLine.type(line);
        }
    }

    /** The record's path in {@code SOURCE_OUTPUT}. */
    public static final String PATH = "modeldoc/.modeldoc-outputs";

    private static final String HEADER = "# ModelDoc's record of its last outputs, to write them again unchanged. Not an output.";

    public OutputRecord {
        warnings = List.copyOf(warnings);
        digests = Map.copyOf(new TreeMap<>(digests));
        stamps = Map.copyOf(new TreeMap<>(stamps));
        problems = List.copyOf(problems);
    }

    /** The record of {@code files} (path → text) written from {@code inputs}, with the warnings reported. */
    public static OutputRecord of(String inputs, List<String> warnings, Map<String, String> files) {
        return of(inputs, warnings, ResourceWriter.utf8(files), Sources.UNKNOWN, List.of());
    }

    /**
     * The record of {@code files} (path → UTF-8 content) written from {@code inputs} and {@code sources}, with the
     * warnings and problems reported.
     */
    public static OutputRecord of(String inputs, List<String> warnings, Map<String, byte[]> files, Sources sources,
                                  List<Recorded> problems) {
        Map<String, String> digests = new TreeMap<>();
        files.forEach((path, bytes) -> digests.put(path, digest(bytes)));
        return new OutputRecord(inputs, warnings, digests, Map.of(), sources, problems);
    }

    /** This record with the stamps of the files as written. */
    public OutputRecord withStamps(Map<String, String> value) {
        return new OutputRecord(inputs, warnings, digests, value, sources, problems);
    }

    /** The stamp of a file: its length and modification time. */
    public static String stamp(long length, long modifiedMillis) {
        return length + "@" + modifiedMillis;
    }

    /** The record as a text of one entry per line; paths and warnings are single lines. */
    public String text() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        out.append("inputs ").append(inputs).append('\n');
        warnings.forEach(w -> out.append("warning ").append(ProblemLine.escaped(w)).append('\n'));
        new TreeMap<>(digests).forEach((path, digest) -> out.append("file ").append(digest).append(' ').append(path).append('\n'));
        new TreeMap<>(stamps).forEach((path, stamp) -> out.append("stamp ").append(stamp).append(' ').append(path).append('\n'));
        if (sources != Sources.UNKNOWN) {
            out.append("schema-package ").append(sources.schemaPackage()).append('\n');
            if (sources.externals()) {
                out.append("externals\n");
            }
            if (!sources.schemaSource().isEmpty()) {
                out.append("schema-source ").append(sources.schemaSource()).append('\n');
            }
            new TreeMap<>(sources.entities()).forEach((name, digest) -> out.append("source ").append(digest).append(' ')
                    .append(name).append('\n'));
        }
        problems.forEach(p -> out.append("problem ").append(p.group().name()).append(' ').append(p.line()).append('\n'));
        return out.toString();
    }

    /** The record in {@code text}; empty when the text is not one (a newer or damaged record is never trusted). */
    public static Optional<OutputRecord> parse(String text) {
        String inputs = null;
        List<String> warnings = new ArrayList<>();
        Map<String, String> digests = new TreeMap<>();
        Map<String, String> stamps = new TreeMap<>();
        String schemaPackage = null;
        boolean externals = false;
        String schemaSource = "";
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
                warnings.add(ProblemLine.unescaped(line.substring("warning ".length())));
            } else if (line.startsWith("file ") && line.indexOf(' ', 5) > 5) {
                int space = line.indexOf(' ', 5);
                digests.put(line.substring(space + 1), line.substring(5, space));
            } else if (line.startsWith("stamp ") && line.indexOf(' ', 6) > 6) {
                int space = line.indexOf(' ', 6);
                stamps.put(line.substring(space + 1), line.substring(6, space));
            } else if (line.startsWith("schema-package ") && schemaPackage == null) {
                schemaPackage = line.substring("schema-package ".length());
            } else if (line.startsWith("schema-source ")) {
                schemaSource = line.substring("schema-source ".length());
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
        Sources sources = schemaPackage == null ? Sources.UNKNOWN : new Sources(entities, schemaPackage, externals, schemaSource);
        return inputs == null ? Optional.empty()
                : Optional.of(new OutputRecord(inputs, warnings, digests, stamps, sources, problems));
    }

    private static Optional<Recorded> recorded(String text) {
        int space = text.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Recorded(Group.valueOf(text.substring(0, space)), text.substring(space + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code files} are exactly the files recorded, each with the recorded text. */
    public boolean matches(Map<String, String> files) {
        return matchesContent(ResourceWriter.utf8(files));
    }

    /** Whether {@code files} (path → UTF-8 content) are exactly the files recorded, each with the recorded content. */
    public boolean matchesContent(Map<String, byte[]> files) {
        if (!files.keySet().equals(digests.keySet())) {
            return false;
        }
        return files.entrySet().stream().allMatch(f -> digest(f.getValue()).equals(digests.get(f.getKey())));
    }

    /**
     * The text's length in UTF-8 bytes and its CRC-32C, in hex: enough to tell a file edited since it
     * was written, at a tenth of a cryptographic digest's cost on a large model's outputs.
     */
    static String digest(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return String.format(Locale.ROOT, "%d-%08x", bytes.length, crc.getValue());
    }
}
