package io.modeldoc.processor.read;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum constants of ModelDoc's annotations as the document prints them: {@code IN_REVIEW} → {@code In Review}. */
final class Labels {

    private Labels() {
    }

    static String of(String constant) {
        if (constant.length() <= 3) {
            return constant; // acronyms such as PII stay as they are
        }
        return Arrays.stream(constant.split("_"))
                .map(word -> word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
    }
}
