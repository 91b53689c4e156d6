package io.modeldoc.processor.compile;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.modeldoc.processor.support.Fixtures;
import org.junit.jupiter.api.Test;

/** JPA 3.2's @Table(comment) and @Column(comment) reach the scripts in each dialect's syntax, as Hibernate writes them. */
class CommentsTest {

    @Test
    void commentsAreWrittenPerDialect() {
        Compilation compilation = Fixtures.compile(Fixtures.sources("parity/definitions"),
                "modeldoc.dialects=postgresql,mysql", "modeldoc.lint=off");

        assertThat(Fixtures.output(compilation, "schema-postgresql.sql"))
                .contains("comment on table Article is 'Published articles';")
                .contains("comment on column Article.headline is 'Shown in listings';")
                .contains("slug varchar(12) not null,")
                .contains("body text,");
        assertThat(Fixtures.output(compilation, "schema-mysql.sql"))
                .contains("headline varchar(255) comment 'Shown in listings'")
                .contains(") comment='Published articles' engine=InnoDB;");
    }
}
