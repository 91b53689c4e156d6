package io.modeldoc.processor.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No database decision is taken outside the dialects: the processor's sources name a database only in
 * {@link Dialects} (the registry, which looks dialects up by name) and in each dialect's {@code name()}, and
 * nothing else compares a dialect's name.
 */
class DialectNamesStayInTheRegistryTest {

    private static final Path SOURCES = Path.of("src/main/java/io/modeldoc/processor");
    private static final Pattern NAME_LITERAL = Pattern.compile("\"(?i:postgresql|postgres|mysql|mariadb|h2|oracle|sqlserver|mssql)\"");
    private static final Pattern NAME_COMPARISON = Pattern.compile(
            "(?i:dialect|\\bd)\\w*(\\(\\))?\\s*\\.\\s*name\\(\\)\\s*\\.\\s*(equals|equalsIgnoreCase|contains|startsWith|matches)\\("
                    + "|switch\\s*\\(\\s*(?i:dialect|d)\\w*(\\(\\))?\\s*\\.\\s*name\\(\\)");
    private static final Pattern NAME_METHOD = Pattern.compile("public String (name|liquibaseDbms|productName)\\(\\) \\{\\s*return \"[\\w ]+\";\\s*}");

    @Test
    void onlyTheDialectsKnowTheDatabasesByName() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith(Path.of("sql", "Dialects.java")))
                    .sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String checked = file.getParent().endsWith("sql") && file.getFileName().toString().endsWith("Dialect.java")
                        ? NAME_METHOD.matcher(text).replaceAll("") // a dialect says its own names once
                        : text;
                find(NAME_LITERAL, checked, file, offences);
                find(NAME_COMPARISON, checked, file, offences);
            }
        }
        assertThat(offences).as("database names outside the dialects").isEmpty();
    }

    @Test
    void theCheckWouldSeeAComparisonByName() {
        List<String> offences = new ArrayList<>();
        find(NAME_COMPARISON, "boolean postgresql = dialect.name().equals(\"postgresql\");", Path.of("X.java"), offences);
        find(NAME_LITERAL, "case \"mariadb\" -> new MariaDb();", Path.of("X.java"), offences);
        assertThat(offences).hasSize(2);
    }

    private static void find(Pattern pattern, String text, Path file, List<String> offences) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            offences.add(file + ": " + matcher.group());
        }
    }
}
