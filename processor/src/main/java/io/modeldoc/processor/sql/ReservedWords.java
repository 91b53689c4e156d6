package io.modeldoc.processor.sql;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words one database refuses as an unquoted name (its reserved key words), read from its list
 * {@code keywords/<file>} beside this class: words separated by white space, lower case, {@code #} starting a
 * comment that says where the list comes from and how it was checked.
 */
final class ReservedWords {

    private final Set<String> words;

    private ReservedWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** The list in {@code keywords/<file>}. */
    static ReservedWords load(String file) {
        String path = "keywords/" + file;
        try (InputStream in = ReservedWords.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the keyword list " + path + " is missing from ModelDoc's jar");
            }
            Set<String> words = new TreeSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comment = line.indexOf('#');
                String text = (comment < 0 ? line : line.substring(0, comment)).strip();
                if (!text.isEmpty()) {
                    words.addAll(Arrays.asList(text.toLowerCase(Locale.ROOT).split("\\s+")));
                }
            }
            return new ReservedWords(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the keyword list " + path, e);
        }
    }

    /** Whether {@code word} is on the list, ignoring case. */
    boolean contains(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Every word, sorted. */
    Set<String> words() {
        return new TreeSet<>(words);
    }
}
