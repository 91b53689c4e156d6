package io.modeldoc.processor.compile.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.diag.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every message of the catalogue is shown to a user by some test: a case of {@link ErrorCatalogueTest} whose
 * expected text the message's template produces, or, for a message that needs what a catalogue case cannot give
 * (an option error writes nothing; a baseline, an output folder, another module, a failing template or disk), the
 * test named here, which must expect its tag. A message no test expects is either dead (remove it) or untested.
 */
class EveryMessageHasACaseTest {

    private static final Path TESTS = Path.of("src/test/java/io/modeldoc/processor");

    private static final Map<Message, String> ELSEWHERE = Map.ofEntries(
            Map.entry(Message.OPTION_PROBLEM, "compile/OptionErrorTest.java"),
            Map.entry(Message.UNKNOWN_OPTION, "compile/OptionErrorTest.java"),
            Map.entry(Message.BAD_OPTION_VALUE, "compile/OptionErrorTest.java"),
            Map.entry(Message.BAD_VERSION, "SettingsTest.java"),
            Map.entry(Message.BAD_DESCRIPTION, "SettingsTest.java"),
            Map.entry(Message.BAD_PACKAGE, "compile/OptionErrorTest.java"),
            Map.entry(Message.VERIFY_WITHOUT_FOLDER, "compile/OptionErrorTest.java"),
            Map.entry(Message.TEMPLATES_NOT_A_FOLDER, "compile/OptionErrorTest.java"),
            Map.entry(Message.NOTHING_WRITTEN, "compile/OptionErrorTest.java"),
            Map.entry(Message.STALE_OUTPUT, "compile/OutputDirTest.java"),
            Map.entry(Message.UNRESOLVED_ENTITY, "compile/OtherModuleEntitiesTest.java"),
            Map.entry(Message.JOIN_COLUMN_IN_OTHER_MODULE, "compile/OtherModuleEntitiesTest.java"),
            Map.entry(Message.PARENT_IN_OTHER_MODULE, "compile/OtherModuleEntitiesTest.java"),
            Map.entry(Message.UNDOCUMENTED_ENTITY, "compile/CoverageAgreesWithLintTest.java"),
            Map.entry(Message.UNDOCUMENTED_ATTRIBUTE, "compile/CoverageAgreesWithLintTest.java"),
            Map.entry(Message.UNINDEXED_QUERY, "compile/QueryWarningsTest.java"),
            Map.entry(Message.QUERY_NOT_ANALYSED, "compile/QueryWarningsTest.java"),
            Map.entry(Message.QUERY_INDEX_DROPPED, "compile/QueryDroppedIndexTest.java"),
            Map.entry(Message.TEMPLATE_FAILED, "compile/TemplateOverrideErrorTest.java"),
            Map.entry(Message.BAD_BASELINE, "migrate/BaselineCompileTest.java"),
            Map.entry(Message.RENAMED_FROM_NOWHERE, "compile/errors/RenamedFromNowhereTest.java"),
            Map.entry(Message.MIGRATION_RISK, "migrate/BaselineCompileTest.java"),
            Map.entry(Message.WRITE_FAILED, "compile/OutputDirTest.java"),
            Map.entry(Message.INTERNAL_ERROR, "InternalErrorTest.java"));

    @Test
    void everyMessageIsExpectedByACatalogueCaseOrByTheTestNamedForIt() throws IOException {
        List<String> expected = ErrorCatalogueTest.cases().map(ErrorCase::message).toList();
        List<String> untested = new ArrayList<>();
        for (Message message : Message.values()) {
            String elsewhere = ELSEWHERE.get(message);
            boolean covered = elsewhere == null
                    ? expected.stream().anyMatch(text -> pattern(message).matcher(text).matches())
                    : Files.readString(TESTS.resolve(elsewhere), StandardCharsets.UTF_8).contains("[modeldoc:" + tag(message) + "]");
            if (!covered) {
                untested.add(message.name());
            }
        }
        assertThat(untested).as("messages no test expects").isEmpty();
    }

    /** The message's text with each argument as a wildcard. */
    private static Pattern pattern(Message message) {
        String template = "[modeldoc:" + message.tag() + "] " + message.template().replace("%%", "%");
        StringBuilder regex = new StringBuilder();
        Matcher argument = Pattern.compile("%(\\d+\\$)?[sd]").matcher(template);
        int last = 0;
        while (argument.find()) {
            regex.append(Pattern.quote(template.substring(last, argument.start()))).append(".*?");
            last = argument.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(template.substring(last))).toString(), Pattern.DOTALL);
    }

    private static String tag(Message message) {
        return message.tag();
    }
}
