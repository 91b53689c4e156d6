package io.modeldoc.processor.support;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScriptStatementsTest {

    @Test
    void splitsOnLinesEndingWithSemicolonAndSkipsCommentsAndBlankLines() {
        String script = """
                -- ModelDoc schema for h2

                create sequence orders_seq start with 1 increment by 50;
                create table orders (
                    id bigint not null,
                    -- the customer
                    note varchar(20),
                    primary key (id)
                );
                comment on column orders.note is 'a; b';
                """;

        assertThat(ScriptStatements.split(script)).containsExactly(
                "create sequence orders_seq start with 1 increment by 50",
                "create table orders (\n    id bigint not null,\n    -- the customer\n    note varchar(20),\n    primary key (id)\n)",
                "comment on column orders.note is 'a; b'");
    }

    @Test
    void rejectsTextAfterTheLastStatement() {
        assertThatThrownBy(() -> ScriptStatements.split("create table a (id int);\ncreate table b (id int)"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("create table b (id int)");
    }

    @Test
    void anEmptyScriptHasNoStatements() {
        assertThat(ScriptStatements.split("-- nothing\n\n")).isEmpty();
    }
}
