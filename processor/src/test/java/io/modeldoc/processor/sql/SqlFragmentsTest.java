package io.modeldoc.processor.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlFragmentsTest {

    @Test
    void ordinaryConditionsAndDefinitionsPass() {
        assertThat(SqlFragments.problem("price >= 0 and (status in ('NEW', 'PAID') or note is null)")).isEmpty();
        assertThat(SqlFragments.problem("code ~ '^[A-Z]\\d{3}$'")).as("a backslash in a regular expression").isEmpty();
        assertThat(SqlFragments.problem("label <> 'it''s; not -- a comment'")).isEmpty();
        assertThat(SqlFragments.problem("varchar(20) default 'x' not null")).isEmpty();
    }

    @Test
    void whatCouldEndTheStatementOrHideItsRestIsRefused() {
        assertThat(SqlFragments.problem("x > 0); drop table t; --")).isPresent();
        assertThat(SqlFragments.problem("x > 0 /* rest")).isPresent();
        assertThat(SqlFragments.problem("x in ('a'")).isPresent();
        assertThat(SqlFragments.problem("x > (0")).isPresent();
        assertThat(SqlFragments.problem("  ")).isPresent();
    }

    /** MySQL closes {@code '\''} after the escaped quote; the standard reads {@code ''} as a quote and goes on. */
    @Test
    void aStringThatOneDatabaseClosesEarlierIsRefused() {
        assertThat(SqlFragments.problem("x = '\\'' ; drop table t; select '")).hasValueSatisfying(
                why -> assertThat(why).contains("';'"));
        assertThat(SqlFragments.problem("x = 'C:\\'")).as("closed for the standard, open for MySQL").isPresent();
    }
}
