package io.modeldoc.buildtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A two-module user build ({@code src/test/projects/multi-module}): orders has a {@code @ManyToOne}
 * without {@code @JoinColumn} to catalog's {@code Book}, whose id is a 13-character String, and catalog
 * uses another naming. The project's own tests check that each {@code ModelDocSchema} reads its own
 * module's scripts with either module first on the class path, and run both scripts in order on H2
 * (and on the PostgreSQL server in ModelDoc's {@code databases} profile).
 */
class MultiModuleBuildIT {

    @Test
    void aCrossModuleAssociationIsWrittenDocumentedAndRunsInOrder(@TempDir Path folder) {
        MavenBuild build = MavenBuild.of("multi-module", folder);

        MavenBuild.Result result = build.mvn("verify", "-Dmodeldoc.databases=" + MavenBuild.databases()).succeeded();

        assertThat(result.log()).contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0")
                .contains("Tests run: 3, Failures: 0, Errors: 0, Skipped: 0")
                .doesNotContain("[modeldoc:");
        if (MavenBuild.databases()) {
            assertThat(result.log()).contains("Both modules' scripts ran on PostgreSQL, catalog's first.");
        }
        assertThat(build.read("orders/target/classes/modeldoc/schema-postgresql.sql"))
                .contains("book_isbn varchar(13) not null")
                .contains("foreign key (book_isbn) references book")
                .doesNotContain("create table book");
        assertThat(build.read("orders/target/classes/modeldoc/orders.md"))
                .contains("[Book](catalogue.md#book) (module `catalog`)");
    }
}
