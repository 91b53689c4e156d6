package io.modeldoc.buildtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partial build as Maven makes one with {@code useIncrementalCompilation=false}: only the changed
 * source is recompiled, the other entities are class files. For a model without any {@code @DataModel}
 * (whose feature has no package, left out of {@code model.json}), the outputs are the clean build's.
 */
class PartialBuildIT {

    @Test
    void recompilingOneEntityGivesTheCleanBuildsBytes(@TempDir Path folder) {
        MavenBuild build = MavenBuild.of("partial-build", folder);
        build.mvn("compile").succeeded();
        Map<String, String> clean = build.files("target/classes/modeldoc");

        build.touch("src/main/java/io/plain/Item.java");
        MavenBuild.Result partial = build.mvn("compile").succeeded();

        assertThat(partial.log()).contains("Compiling 1 source file");
        assertThat(build.files("target/classes/modeldoc")).isEqualTo(clean);
        assertThat(clean.get("data-model.md")).contains("A shelf of the shop.");
    }
}
