package io.modeldoc.processor.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.snapshot.BaselineReader;
import io.modeldoc.processor.snapshot.ModelJson;
import org.junit.jupiter.api.Test;

/** {@link BaselineReader} reads back exactly what {@link ModelJson} writes, and nothing else. */
class BaselineReaderTest {

    @Test
    void everyCorpusModelSurvivesTheRoundTrip() {
        for (MigrationCorpus.Case corpusCase : MigrationCorpus.cases()) {
            DataModel changed = corpusCase.changed();
            assertThat(BaselineReader.read("m.json", ModelJson.write(changed))).as(corpusCase.name()).isEqualTo(changed);
        }
    }

    @Test
    void aVersionOneSnapshotReadsWithoutRenames() {
        String json = withoutRelationshipKeys(ModelJson.write(Models.baseline()).replace("\"formatVersion\": 3", "\"formatVersion\": 1")
                .replace("\"renamedFrom\": \"\",", "").replaceAll(",\\s*\"renamedFrom\": \"\"", ""));
        assertThat(json).doesNotContain("renamedFrom");
        assertThat(BaselineReader.read("old.json", json)).isEqualTo(Models.baseline());
    }

    /** A relationship as format versions 1 and 2 wrote it: without {@code identifying} and {@code primaryKeyJoin}. */
    private static String withoutRelationshipKeys(String json) {
        return json.replaceAll(",\\s*\"identifying\": false", "").replaceAll(",\\s*\"primaryKeyJoin\": false", "");
    }

    @Test
    void anUnknownKeyIsRejectedWithItsPlace() {
        String json = ModelJson.write(Models.baseline()).replaceFirst("\"allocationSize\"", "\"allocation\"");
        assertThatThrownBy(() -> BaselineReader.read("b.json", json))
                .hasMessage("The baseline b.json misses 'allocationSize' at $.sequences[0].");
    }

    @Test
    void aWrongKindOfValueIsRejected() {
        String json = ModelJson.write(Models.baseline()).replaceFirst("\"nullable\": false", "\"nullable\": \"no\"");
        assertThatThrownBy(() -> BaselineReader.read("b.json", json))
                .hasMessageStartingWith("The baseline b.json has a value of the wrong kind at $.tables[0].columns[0].nullable");
    }
}
