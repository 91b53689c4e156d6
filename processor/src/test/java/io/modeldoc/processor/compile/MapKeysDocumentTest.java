package io.modeldoc.processor.compile;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.modeldoc.processor.support.Fixtures;
import org.junit.jupiter.api.Test;

/** The document and model.json say what keys each {@code Map} attribute (parity fixture {@code maps}). */
class MapKeysDocumentTest {

    private final Compilation compilation = Fixtures.compile(Fixtures.sources("parity/maps"), "modeldoc.lint=off");

    @Test
    void theDocumentSaysWhatKeysEachMap() {
        String document = Fixtures.output(compilation, "data-model.md");
        // An element collection keyed by a column of its own, and one keyed by an embeddable's columns.
        assertThat(document).contains("keyed by `currency`").contains("keyed by `axis`, `level`");
        // A map of entities keyed by an attribute of the target, in the attribute table and in the relationship sentence.
        assertThat(document).contains("keyed by `code`")
                .containsPattern("has zero or more .*Product.*one-to-many, owning side, join table `Warehouse_Product`, keyed by `code`");
        // An unnamed @MapKey keys by the target's identifier; an entity key by its join column.
        assertThat(document).contains("keyed by `id`").contains("keyed by `supplier_id`");
    }

    @Test
    void theSnapshotKeepsTheMapKeys() {
        String model = Fixtures.output(compilation, "model.json");
        assertThat(model).containsPattern("\"mapKey\": \\[\\s*\"slot\"\\s*\\],\\s*\"name\": \"shelves\"");
    }
}
