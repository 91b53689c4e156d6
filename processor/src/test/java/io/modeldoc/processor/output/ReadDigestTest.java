package io.modeldoc.processor.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadDigestTest {

    enum Kind { BASIC, LINK }

    record Leaf(String name, int size, Kind kind, Optional<String> note) {
    }

    /** Leaf's components under another name: the text leaves component names out, not the class's. */
    record Twig(String name, int size, Kind kind, Optional<String> note) {
    }

    record Tree(String name, List<Leaf> leaves, Map<String, Leaf> byName) {
    }

    private static Tree tree(String firstName, int size) {
        Leaf first = new Leaf(firstName, size, Kind.BASIC, Optional.empty());
        Leaf second = new Leaf("b", 2, Kind.LINK, Optional.of("x"));
        return new Tree("t", List.of(first, second), Map.of("b", second));
    }

    @Test
    void equalTreesHaveEqualDigestsAndAnyComponentChangesIt() {
        assertThat(ReadDigest.of(tree("a", 1))).isEqualTo(ReadDigest.of(tree("a", 1)));
        assertThat(ReadDigest.of(tree("a", 1))).isNotEqualTo(ReadDigest.of(tree("a", 2)));
        assertThat(ReadDigest.of(tree("a", 1))).isNotEqualTo(ReadDigest.of(tree("c", 1)));
        assertThat(ReadDigest.of(new Leaf("a", 1, Kind.BASIC, Optional.empty())))
                .isNotEqualTo(ReadDigest.of(new Leaf("a", 1, Kind.LINK, Optional.empty())))
                .isNotEqualTo(ReadDigest.of(new Leaf("a", 1, Kind.BASIC, Optional.of(""))));
    }

    @Test
    void recordsOfDifferentClassesDifferThoughTheirComponentsAreEqual() {
        assertThat(ReadDigest.of(new Leaf("a", 1, Kind.BASIC, Optional.empty())))
                .isNotEqualTo(ReadDigest.of(new Twig("a", 1, Kind.BASIC, Optional.empty())));
    }

    @Test
    void stringsDoNotRunTogether() {
        assertThat(ReadDigest.of(List.of("ab", "c"))).isNotEqualTo(ReadDigest.of(List.of("a", "bc")));
        assertThat(ReadDigest.of(List.of("a;", ""))).isNotEqualTo(ReadDigest.of(List.of("a", ";")));
    }
}
