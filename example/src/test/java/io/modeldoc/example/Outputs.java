package io.modeldoc.example;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads what the processor wrote to CLASS_OUTPUT, from the test classpath, as a user's code would. */
final class Outputs {

    /** The dialects example/pom.xml asks for with {@code -Amodeldoc.dialects}. */
    static final List<String> DIALECTS = List.of("postgresql", "mysql", "mariadb", "h2", "oracle", "sqlserver");

    private Outputs() {
    }

    /** The text of {@code path}, a classpath resource such as {@code modeldoc/index.md}. */
    static String read(String path) {
        InputStream in = Outputs.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new AssertionError(path + " is not on the test classpath;"
                    + " the ModelDoc processor should have written it to target/classes when example/ was compiled");
        }
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    static String script(String dialect) {
        return read("modeldoc/schema-" + dialect + ".sql");
    }

    static String document(String featureSlug) {
        return read("modeldoc/" + featureSlug + ".md");
    }
}
