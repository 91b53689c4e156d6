package io.modeldoc.buildtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A user's Maven project in a folder of its own, built by the {@code mvn} on the PATH (on CI, the
 * Debian Maven that {@code .ci/run} installs) with ModelDoc resolved from the repository that
 * {@code invoker:install} filled with this build's jars. Third-party artifacts come from the main
 * build's repository, else from Maven Central.
 */
final class MavenBuild {

    /** What one {@code mvn} run did. */
    record Result(int exitCode, String log) {

        Result succeeded() {
            if (exitCode != 0) {
                throw new AssertionError("mvn failed (exit " + exitCode + "):\n" + tail());
            }
            return this;
        }

        Result failed() {
            if (exitCode == 0) {
                throw new AssertionError("mvn succeeded, but should have failed:\n" + tail());
            }
            return this;
        }

        private String tail() {
            return log.length() > 20_000 ? "…" + log.substring(log.length() - 20_000) : log;
        }
    }

    private static final long TIMEOUT_MINUTES = 10;

    private final Path folder;

    private MavenBuild(Path folder) {
        this.folder = folder;
    }

    /** The fixture project {@code src/test/projects/<name>}, copied into {@code folder}, {@code @modeldoc.version@} filled in. */
    static MavenBuild of(String name, Path folder) {
        Path source = Path.of(property("modeldoc.projects")).resolve(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = folder.resolve(source.relativize(file).toString());
                Files.createDirectories(target.getParent());
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Files.writeString(target, text.replace("@modeldoc.version@", version()), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MavenBuild(folder);
    }

    /** A project the test writes itself into {@code folder}. */
    static MavenBuild in(Path folder) {
        return new MavenBuild(folder);
    }

    static String version() {
        return property("modeldoc.version");
    }

    /** Whether the {@code databases} profile is on: the projects then also use the PostgreSQL server. */
    static boolean databases() {
        return Boolean.parseBoolean(System.getProperty("modeldoc.databases", "false"));
    }

    Path folder() {
        return folder;
    }

    Path file(String path) {
        return folder.resolve(path);
    }

    String read(String path) {
        try {
            return Files.readString(file(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("no file " + path + " in " + folder, e);
        }
    }

    void write(String path, String text) {
        try {
            Files.createDirectories(file(path).getParent());
            Files.writeString(file(path), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces text in a file and marks it changed, as an editor saving it a minute from now would. */
    void edit(String path, String from, String to) {
        String text = read(path);
        if (!text.contains(from)) {
            throw new AssertionError(path + " does not contain " + from);
        }
        write(path, text.replace(from, to));
        touch(path);
    }

    /** Marks a source newer than every class file, so an incremental compile picks it up. */
    void touch(String path) {
        try {
            Files.setLastModifiedTime(file(path), FileTime.from(Instant.now().plusSeconds(60)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files below a folder of the project, by path, for byte-for-byte comparisons. */
    Map<String, String> files(String path) {
        Map<String, String> files = new TreeMap<>();
        Path root = file(path);
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Runs {@code mvn -B <arguments>} in the project's folder. */
    Result mvn(String... arguments) {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-ntp", "-Dstyle.color=never", "-s", settings().toString()));
        command.addAll(List.of(arguments));
        Path log = folder.resolve("build.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // The builds' JVMs are short-lived: compile less, start sooner.
        builder.environment().put("MAVEN_OPTS", "-Xmx512m -XX:TieredStopAtLevel=1");
        try {
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("mvn " + String.join(" ", arguments) + " took more than " + TIMEOUT_MINUTES + " minutes");
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run mvn (is Maven on the PATH?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Settings for the builds under test: their own local repository, which holds this build's
     * ModelDoc; the main build's repository as a remote one for released artifacts only, so no
     * ModelDoc SNAPSHOT another build left there can be picked up.
     */
    private Path settings() {
        Path settings = folder.resolve("build-tests-settings.xml");
        String main = Path.of(property("modeldoc.mainRepository")).toUri().toString();
        String repository = """
                    <repository>
                      <id>main-build</id>
                      <url>%s</url>
                      <releases><enabled>true</enabled></releases>
                      <snapshots><enabled>false</enabled></snapshots>
                    </repository>
                """.formatted(main);
        String xml = """
                <settings>
                  <localRepository>%s</localRepository>
                  <profiles>
                    <profile>
                      <id>main-build</id>
                      <repositories>
                %s      </repositories>
                      <pluginRepositories>
                %s      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles>
                    <activeProfile>main-build</activeProfile>
                  </activeProfiles>
                </settings>
                """.formatted(property("modeldoc.buildTestsRepository"), repository,
                repository.replace("<repository>", "<pluginRepository>").replace("</repository>", "</pluginRepository>"));
        try {
            Files.writeString(settings, xml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return settings;
    }

    /** Copies a file of the project, e.g. to keep a clean build's outputs. */
    void copy(String from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(file(from), to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set; run the build tests with mvn verify");
        }
        return value;
    }
}
