package io.modeldoc.processor.fuzz;

import io.modeldoc.processor.parity.NamingMode;
import io.modeldoc.processor.parity.ParityDialect;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A shrunk model kept as a regression fixture under {@code fixtures/fuzz/<name>/}: its Java sources as printed,
 * and {@code fuzz.properties} with the settings and dialects to compare it with, the difference shape it was shrunk
 * for, and, while its defect is open in main, the number of the {@link KnownDefect} pattern it shows.
 *
 * @param name     the folder name
 * @param seed     the seed it came from (its package is {@code fuzz.s<seed>})
 * @param settings naming, validation DDL and dialects
 * @param shape    the difference shape it was shrunk for
 * @param open     the open pattern it demonstrates; empty when it must be at full parity
 * @param sources  relative path to source text
 */
public record FuzzFixture(String name, long seed, FuzzSettings settings, String shape, OptionalInt open,
        Map<String, String> sources) {

    static final String PROPERTIES = "fuzz.properties";

    public static FuzzFixture of(String name, FuzzModel model, FuzzSettings settings, String shape, OptionalInt open) {
        return new FuzzFixture(name, model.seed(), settings, shape, open, SourcePrinter.sources(model));
    }

    /** Writes the fixture into {@code parent/<name>/}, replacing what was there. */
    public Path write(Path parent) {
        Path folder = parent.resolve(name);
        try {
            if (Files.exists(folder)) {
                try (Stream<Path> old = Files.walk(folder)) {
                    for (Path path : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = folder.resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
            }
            // Written by hand rather than by Properties.store, which adds the date: a fixture's bytes depend on it alone.
            StringBuilder properties = new StringBuilder("# A model the differential fuzzer shrank; see FuzzRegressionTest\n")
                    .append("seed=").append(seed).append('\n')
                    .append("naming=").append(settings.naming().option()).append('\n')
                    .append("validationDdl=").append(settings.validationDdl()).append('\n')
                    .append("dialects=").append(settings.dialects().stream().map(ParityDialect::option)
                            .collect(Collectors.joining(","))).append('\n')
                    .append("shape=").append(shape).append('\n');
            open.ifPresent(number -> properties.append("open=").append(number).append('\n'));
            Files.writeString(folder.resolve(PROPERTIES), properties, StandardCharsets.UTF_8);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a fixture folder. */
    public static FuzzFixture read(Path folder) {
        try {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(folder.resolve(PROPERTIES), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> sources = new LinkedHashMap<>();
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    sources.put(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
                }
            }
            FuzzSettings settings = new FuzzSettings(NamingMode.of(properties.getProperty("naming")),
                    Boolean.parseBoolean(properties.getProperty("validationDdl")),
                    Arrays.stream(properties.getProperty("dialects").split(",")).map(ParityDialect::of).toList());
            String open = properties.getProperty("open");
            return new FuzzFixture(folder.getFileName().toString(), Long.parseLong(properties.getProperty("seed")), settings,
                    properties.getProperty("shape"), open == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(open)),
                    sources);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
