package io.modeldoc.processor.parity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Temp folders removed when the test JVM ends: compiled fixture classes stay loadable for the whole run. */
final class TempFolders {

    private static final List<Path> FOLDERS = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempFolders::deleteAll, "parity-temp-cleanup"));
    }

    private TempFolders() {
    }

    static synchronized void deleteOnExit(Path folder) {
        FOLDERS.add(folder);
    }

    private static synchronized void deleteAll() {
        for (Path folder : FOLDERS) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                // Best effort: the OS cleans its temp folder anyway.
            }
        }
    }
}
