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

    /** The snapshot as format 2 wrote it: no namespaces, no secondaryOf. */
    private static String versionTwo(String json) {
        return json.replace("\"formatVersion\": " + ModelJson.FORMAT_VERSION, "\"formatVersion\": 2")
                .replaceAll("\"(referencedNamespace|namespace)\": \\{[^}]*\\},\\s*", "")
                .replaceAll(",\\s*\"(referencedNamespace|namespace)\": \\{[^}]*\\}", "")
                .replaceAll("\"secondaryOf\": \"\",\\s*", "").replaceAll(",\\s*\"secondaryOf\": \"\"", "");
    }

    @Test
    void aVersionTwoSnapshotReadsWithDefaultNamespaces() {
        String json = versionTwo(ModelJson.write(Models.baseline()));
        assertThat(json).doesNotContain("amespace").doesNotContain("secondaryOf").contains("\"formatVersion\": 2");
        assertThat(BaselineReader.read("old.json", json)).isEqualTo(Models.baseline());
    }

    @Test
    void aVersionOneSnapshotReadsWithoutRenames() {
        String json = versionTwo(ModelJson.write(Models.baseline())).replace("\"formatVersion\": 2", "\"formatVersion\": 1");
        assertThat(json).doesNotContain("renamedFrom").contains("\"formatVersion\": 1");
        assertThat(BaselineReader.read("old.json", json)).isEqualTo(Models.baseline());
    }

    @Test
    void emptyValuesAreLeftOutAndReadBackAsEmpty() {
        String json = ModelJson.write(Models.baseline());
        assertThat(json).doesNotContain("\"\"").doesNotContain(": false").doesNotContain(": null");

        // A version 2 file writes them out; they read the same.
        String explicit = json.replace("\"formatVersion\": " + ModelJson.FORMAT_VERSION, "\"formatVersion\": 2")
                .replaceFirst("\"tables\": \\[\\s*\\{", "\"tables\": [{\"renamedFrom\": \"\", \"uniqueKeys\": [],");
        assertThat(BaselineReader.read("v2.json", explicit)).isEqualTo(Models.baseline());
    }

    @Test
    void anUnknownKeyIsRejectedWithItsPlace() {
        String json = ModelJson.write(Models.baseline()).replaceFirst("\"allocationSize\"", "\"allocation\"");
        assertThatThrownBy(() -> BaselineReader.read("b.json", json))
                .hasMessage("The baseline b.json has unknown keys [allocation] at $.sequences[0].");
    }

    @Test
    void aWrongKindOfValueIsRejected() {
        String json = ModelJson.write(Models.baseline()).replaceFirst("\"nullable\": true", "\"nullable\": \"no\"");
        assertThatThrownBy(() -> BaselineReader.read("b.json", json))
                .hasMessageContaining("has a value of the wrong kind at $.tables[")
                .hasMessageContaining("nullable (expected boolean)");
    }
}
