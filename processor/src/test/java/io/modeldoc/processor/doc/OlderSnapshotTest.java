package io.modeldoc.processor.doc;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.snapshot.BaselineReader;
import io.modeldoc.processor.snapshot.ModelJson;
import org.junit.jupiter.api.Test;

/** A model.json of format version 2 predates derived identities: its relationships read as neither identifying nor joined on keys. */
class OlderSnapshotTest {

    @Test
    void aVersionTwoSnapshotReadsWithoutDerivedIdentities() {
        DataModel model = ShopModel.model();
        String json = ModelJson.write(model).replace("\"formatVersion\": " + ModelJson.FORMAT_VERSION, "\"formatVersion\": 2")
                .replaceAll(",\\s*\"identifying\": false", "").replaceAll(",\\s*\"primaryKeyJoin\": false", "");
        assertThat(json).contains("\"formatVersion\": 2", "\"orphanRemoval\"")
                .doesNotContain("identifying").doesNotContain("primaryKeyJoin");
        assertThat(BaselineReader.read("old.json", json)).isEqualTo(model);
    }
}
