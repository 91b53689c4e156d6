package io.modeldoc.processor.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The deviations the comparison knows and the entries of the deviations page are the same list. */
class AcceptedDeviationsTest {

    @Test
    void everyEntryOfThePageIsEncodedOnce() throws IOException {
        Path page = Path.of(System.getProperty("modeldoc.sourceRoot", ".")).resolve("..").resolve(AcceptedDeviations.PAGE);
        List<String> anchors = Files.readAllLines(page).stream().filter(line -> line.startsWith("## "))
                .map(AcceptedDeviationsTest::anchor).toList();

        assertThat(AcceptedDeviations.ALL.stream().map(AcceptedDeviations.Deviation::anchor).toList())
                .as("AcceptedDeviations.ALL must list every entry of %s, in order: a new entry needs its encoding"
                        + " (a waiver of the facts it explains, or why none is needed)", AcceptedDeviations.PAGE)
                .containsExactlyElementsOf(anchors);
    }

    /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
    private static String anchor(String heading) {
        return "#" + heading.substring(3).strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
    }
}
