package io.modeldoc.processor.compile.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.parity.Databases;
import io.modeldoc.processor.parity.ParityDialect;
import io.modeldoc.processor.parity.ScratchDatabase;
import io.modeldoc.processor.support.DiskCompilation;
import io.modeldoc.processor.support.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The property of issue 14: whatever string a name-bearing annotation element holds, ModelDoc either reports an ERROR on
 * that very annotation (and still writes the other entity), or writes a script that runs, after which every table it
 * creates exists. Strings are drawn from a seeded generator of quotes, backticks, brackets, semicolons, comments,
 * control characters, unicode, reserved words, leading digits, empty and very long text, each thrown at one of the
 * elements below; several hostile entities share a compilation beside one {@code Good} entity. A seeded loop rather than
 * jqwik (not in the build): {@code -Dnames.seed=<n>} replays one seed, {@code -Dnames.rounds=<n>} runs longer.
 */
class HostileNamesPropertyTest {

    private static final int ROUNDS = Integer.getInteger("names.rounds", 8);
    private static final long FIRST_SEED = Long.getLong("names.seed", 14L);
    private static final int PER_COMPILATION = 3;

    /** A hostile entity: the class, given its name and the hostile string as a Java literal; the marker of the line. */
    record Element(String label, String marker, Function<String[], String> source) {
    }

    private static final List<Element> ELEMENTS = List.of(
            element("@Table(name)", "@Table(name", (c, s) -> "@Entity @Table(name = " + s + ")\npublic class " + c + " { @Id Long id; }"),
            element("@Table(schema)", "@Table(schema", (c, s) -> "@Entity @Table(schema = " + s + ")\npublic class " + c + " { @Id Long id; }"),
            element("@Column(name)", "@Column(name", (c, s) -> "@Entity public class " + c + " { @Id Long id;\n  @Column(name = " + s + ") String label; }"),
            element("@Index(name)", "@Index(name", (c, s) -> "@Entity @Table(indexes =\n  @Index(name = " + s + ", columnList = \"label\"))\npublic class " + c
                    + " { @Id Long id; String label; }"),
            element("@UniqueConstraint(name)", "@UniqueConstraint(name", (c, s) -> "@Entity @Table(uniqueConstraints =\n  @UniqueConstraint(name = " + s
                    + ", columnNames = \"label\"))\npublic class " + c + " { @Id Long id; String label; }"),
            element("@JoinColumn(name)", "@JoinColumn(name", (c, s) -> "@Entity public class " + c + " { @Id Long id;\n  @ManyToOne @JoinColumn(name = " + s
                    + ") Good good; }"),
            element("@ForeignKey(name)", "@ForeignKey(name", (c, s) -> "@Entity public class " + c + " { @Id Long id;\n  @ManyToOne @JoinColumn(foreignKey = "
                    + "@ForeignKey(name = " + s + ")) Good good; }"),
            element("@JoinTable(name)", "@JoinTable(name", (c, s) -> "@Entity public class " + c + " { @Id Long id;\n  @ManyToMany @JoinTable(name = " + s
                    + ") Set<Good> goods; }"),
            element("@CollectionTable(name)", "@CollectionTable(name", (c, s) -> "@Entity public class " + c + " { @Id Long id;\n  @ElementCollection "
                    + "@CollectionTable(name = " + s + ") Set<String> tags; }"),
            element("@OrderColumn(name)", "@OrderColumn(name", (c, s) -> "@Entity public class " + c + " { @Id Long id;\n  @ElementCollection "
                    + "@OrderColumn(name = " + s + ") List<String> lines; }"),
            element("@SequenceGenerator(sequenceName)", "@SequenceGenerator(name", (c, s) -> "@Entity public class " + c + " {\n  "
                    + "@SequenceGenerator(name = \"" + c + "_gen\", sequenceName = " + s + ") @Id @GeneratedValue(generator = \"" + c
                    + "_gen\") Long id; }"),
            element("@DiscriminatorColumn(name)", "@DiscriminatorColumn(name", (c, s) -> "@Entity @Inheritance\n@DiscriminatorColumn(name = " + s
                    + ")\npublic class " + c + " { @Id Long id; }"),
            element("@SecondaryTable(name)", "@SecondaryTable(name", (c, s) -> "@Entity\n@SecondaryTable(name = " + s + ")\npublic class " + c
                    + " { @Id Long id; }"));

    private static final String[] PIECES = {
        "\"", "`", "[", "]", ";", "--", "/*", "*/", "'", " ", "(", ")", ",", ".", "\n", "\r", "\t", "\0", "\u0007",
        "\u2028", "\u200b", "é", "ß", "中文", "\uD83D\uDE00", "$", "_", "0", "7", "drop table Good", "order", "select", "value",
        "number", "level", "plan", "user", "position", "grouping", "a", "name", "x",
    };
    private static final String[] WORDS = {"order", "select", "value", "number", "level", "plan", "user", "group", "2fa_enabled",
        "_hidden", "café", "Größe", "a$b", "limit", "table", "key"};

    @Test
    void everyHostileNameIsAnErrorOnItsAnnotationOrAScriptThatRunsOnH2() {
        run(ParityDialect.Server.H2, "h2");
    }

    @Tag("databases")
    @Test
    void everyHostileNameIsAnErrorOnItsAnnotationOrAScriptThatRunsOnPostgreSql() {
        run(ParityDialect.Server.POSTGRESQL, "postgresql");
    }

    private static void run(ParityDialect.Server server, String dialect) {
        int errors = 0;
        int scripts = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long seed = FIRST_SEED + round;
            Random random = new Random(seed);
            List<String> names = new ArrayList<>();
            List<Element> elements = new ArrayList<>();
            List<JavaFileObject> sources = new ArrayList<>();
            sources.add(source("Good", "@Entity public class Good { @Id Long id; String label; }"));
            for (int i = 0; i < PER_COMPILATION; i++) {
                String name = hostile(random);
                Element element = ELEMENTS.get(random.nextInt(ELEMENTS.size()));
                names.add(name);
                elements.add(element);
                sources.add(source("Bad" + i, element.source().apply(new String[] {"Bad" + i, literal(name)})));
            }
            DiskCompilation compilation = DiskCompilation.compile(folder(), sources, "modeldoc.lint=off", "modeldoc.dialects=" + dialect);
            String label = "seed " + seed + " " + describe(elements, names);
            List<Diagnostic<? extends JavaFileObject>> javacErrors = compilation.of(Diagnostic.Kind.ERROR);
            List<Diagnostic<? extends JavaFileObject>> ours = javacErrors.stream()
                    .filter(d -> d.getMessage(Locale.ROOT).startsWith("[modeldoc:")).toList();
            assertThat(ours).as("%s: no crash", label).noneMatch(d -> d.getMessage(Locale.ROOT).startsWith("[modeldoc:internal]"));
            assertThat(javacErrors).as("%s: every error is ModelDoc's", label).hasSameSizeAs(ours);
            String script = compilation.output("schema-" + dialect + ".sql");
            assertThat(script).as("%s: Good is written", label).containsPattern("create table (\"?GOOD\"?|Good) \\(");
            for (Diagnostic<? extends JavaFileObject> error : ours) {
                String file = error.getSource() == null ? "" : error.getSource().getName();
                int bad = badIndex(file);
                assertThat(bad).as("%s: an error on a hostile entity: %s", label, error.getMessage(Locale.ROOT)).isGreaterThanOrEqualTo(0);
                Element element = elements.get(bad);
                assertThat(lineOf(error.getSource(), element.marker())).as("%s: %s is reported on %s", label,
                        error.getMessage(Locale.ROOT), element.label()).isEqualTo(error.getLineNumber());
            }
            errors += ours.size();
            if (ours.isEmpty()) {
                scripts++;
                assertRunsAndEveryTableExists(server, script, label);
            }
        }
        System.out.println("hostile names on " + dialect + ": " + ROUNDS + " compilations of " + PER_COMPILATION + " hostile entities, "
                + errors + " errors on their annotations, " + scripts + " scripts run");
    }

    private static void assertRunsAndEveryTableExists(ParityDialect.Server server, String script, String label) {
        List<String> statements = Arrays.stream(script.split(";\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        long created = statements.stream().filter(s -> s.startsWith("create table ")).count();
        try (ScratchDatabase database = Databases.fresh(server)) {
            database.run(statements, label);
            int tables = 0;
            try (ResultSet rows = database.connection().getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    String schema = rows.getString("TABLE_SCHEM");
                    if (schema == null || !schema.equalsIgnoreCase("information_schema") && !schema.startsWith("pg_")) {
                        tables++;
                    }
                }
            }
            assertThat(tables).as("%s: every table exists after the script", label).isGreaterThanOrEqualTo((int) created);
        } catch (SQLException e) {
            throw new AssertionError(label + ": " + e.getMessage(), e);
        }
    }

    private static Path folder() {
        try {
            Path folder = Files.createTempDirectory("hostile-names");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hostile(Random random) {
        if (random.nextBoolean()) {
            return tricky(random);
        }
        int shape = random.nextInt(10);
        if (shape == 0) {
            return WORDS[random.nextInt(WORDS.length)];
        }
        if (shape == 1) {
            return "x".repeat(50 + random.nextInt(200));
        }
        StringBuilder name = new StringBuilder();
        int parts = 1 + random.nextInt(5);
        for (int i = 0; i < parts; i++) {
            name.append(PIECES[random.nextInt(PIECES.length)]);
        }
        if (shape == 2) {
            return "\"" + name + "\"";
        }
        if (shape == 3) {
            return "`" + name + "`";
        }
        return name.toString();
    }

    /** A name that must not be an error: a reserved word, a leading digit, letters of any script, or printable text quoted. */
    private static String tricky(Random random) {
        int shape = random.nextInt(3);
        if (shape == 0) {
            return WORDS[random.nextInt(WORDS.length)];
        }
        StringBuilder name = new StringBuilder();
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            String piece = PIECES[random.nextInt(PIECES.length)];
            if (piece.chars().noneMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u200b' || Character.isSurrogate((char) c))) {
                name.append(piece);
            }
        }
        String text = name.isEmpty() ? "x" : name.toString();
        return shape == 1 ? "\"" + text.replace("\"", "") + "\"" : "`" + text.replace("`", "") + "`";
    }

    /** A Java string literal of {@code text}: no unicode escapes, which javac would read before the literal. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 || c == 0x7f ? String.format(Locale.ROOT, "\\%03o", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private static JavaFileObject source(String name, String body) {
        return JavaFileObjects.forSourceString("test." + name,
                "package test;\nimport jakarta.persistence.*;\nimport java.util.*;\n" + body + "\n");
    }

    private static Element element(String label, String marker, java.util.function.BiFunction<String, String, String> source) {
        return new Element(label, marker, args -> source.apply(args[0], args[1]));
    }

    private static int badIndex(String file) {
        java.util.regex.Matcher bad = java.util.regex.Pattern.compile("Bad(\\d+)\\.java$").matcher(file);
        return bad.find() ? Integer.parseInt(bad.group(1)) : -1;
    }

    private static long lineOf(JavaFileObject source, String marker) {
        List<String> lines = Fixtures.text(source).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i + 1;
            }
        }
        return -1;
    }

    private static String describe(List<Element> elements, List<String> names) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            parts.add("Bad" + i + " " + elements.get(i).label() + "=" + literal(names.get(i)));
        }
        return String.join(", ", parts);
    }
}
