package io.modeldoc.processor.parity;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;

/**
 * The listed deviation "A name reserved in a configured dialect is an error": where a fixture names a column or table
 * with a word the dialect reserves ({@code number} on Oracle, {@code plan} on SQL Server), Hibernate writes it unquoted
 * and its script fails on that database; ModelDoc refuses to compile, naming the word. This checks that a failed
 * compilation is exactly that, and that Hibernate's script does write each refused word unquoted as a name.
 */
final class ReservedWordRefusals {

    private static final Pattern REFUSAL = Pattern.compile(
            "\\[modeldoc:reserved-word] The (?:column|table) name (\\S+) is a reserved word in ([a-z0-9 ]+?), so");

    private ReservedWordRefusals() {
    }

    /** The refused words; fails unless every error of the compilation refuses a word Hibernate writes unquoted. */
    static TreeSet<String> assertOnlyRefusals(String model, Compilation compilation, ParitySettings settings,
            List<String> hibernateStatements) {
        TreeSet<String> words = new TreeSet<>();
        for (Diagnostic<?> error : compilation.errors()) {
            String message = error.getMessage(Locale.ROOT);
            Matcher refusal = REFUSAL.matcher(message);
            assertThat(refusal.find()).as("an error other than reserved-word: %s", message).isTrue();
            assertThat(refusal.group(2)).contains(settings.dialect().option());
            words.add(refusal.group(1).toLowerCase(Locale.ROOT));
        }
        assertThat(words).as("the refused words").isNotEmpty();
        String script = String.join("\n", hibernateStatements).toLowerCase(Locale.ROOT);
        for (String word : words) {
            // as a column or table name: after "(", ", " or "table ", followed by a space
            assertThat(Pattern.compile("(\\(|, |table )" + Pattern.quote(word) + " ").matcher(script).find())
                    .as("Hibernate's %s script writes %s unquoted", settings.label(), word).isTrue();
        }
        System.out.println("parity " + settings.label() + " " + model + ": refused, reserved words " + words
                + " (listed deviation: Hibernate's script fails on the database)");
        return words;
    }
}
