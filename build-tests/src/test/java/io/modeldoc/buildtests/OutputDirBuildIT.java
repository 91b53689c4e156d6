package io.modeldoc.buildtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code modeldoc.outputDir} in a user's build ({@code src/test/projects/output-dir}): renaming the
 * feature removes its old document and nothing of the team's; {@code modeldoc.verify=on}, the CI
 * recipe of the README, passes on a fresh folder and fails the build on a stale one, naming the file.
 */
class OutputDirBuildIT {

    @Test
    void theFolderFollowsRenamesAndVerifyCatchesStaleDocuments(@TempDir Path folder) {
        MavenBuild build = MavenBuild.of("output-dir", folder);
        build.mvn("compile").succeeded();
        assertThat(build.file("docs/data-model/shipping.md")).exists();
        build.write("docs/data-model/NOTES.md", "The team's own notes.\n");

        build.edit("src/main/java/io/parcels/package-info.java", "feature = \"Shipping\"", "feature = \"Delivery\"");
        build.mvn("compile").succeeded();

        assertThat(build.file("docs/data-model/shipping.md")).doesNotExist();
        assertThat(build.read("docs/data-model/delivery.md")).isEqualTo(build.read("target/classes/modeldoc/delivery.md"));
        assertThat(build.file("docs/data-model/NOTES.md")).exists();

        build.mvn("clean", "compile", "-Dmodeldoc.verify=on").succeeded();

        build.edit("src/main/java/io/parcels/Parcel.java", "What a parcel weighs, in grams.", "What a parcel weighs, in kilograms.");
        MavenBuild.Result stale = build.mvn("clean", "compile", "-Dmodeldoc.verify=on").failed();

        assertThat(stale.log()).contains("[modeldoc:stale-output] " + build.file("docs/data-model/delivery.md") + " would change: line")
                .contains("kilograms");
        assertThat(build.read("docs/data-model/delivery.md")).contains("in grams.").doesNotContain("kilograms");
    }
}
