package io.modeldoc.processor.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.SqlType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlConditionTest {

    private static final List<Column> COLUMNS = List.of(Column.of("id", SqlType.BIGINT), Column.of("qty", SqlType.INTEGER),
            Column.of("year", SqlType.INTEGER), Column.of("limit", SqlType.INTEGER), Column.of("\"Delivered On\"", SqlType.DATE));

    /** The names that may be columns, as written; key words among them (the caller tells them apart). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
            "qty > 0                                              | qty",
            "qty between 1 and 10                                 | qty, between, and",
            "code in ('a', 'it''s {qty}') and length(code) = 3    | code, and, code",
            "cast(qty as double precision) > 1.5e3                | qty, as",
            "cast(qty as decimal(10, 2)) > 0                      | qty, as",
            "qty::numeric > 0 and t.qty < 5                       | qty, and, qty",
            "\"Delivered On\" > date '2024-01-31'                 | \"Delivered On\"",
            "extract(year from \"a\"\"b\") > 2000                 | from, \"a\"\"b\"",
            "name collate \"C\" <> ''                             | name, collate",
            "{deliveredOn} is not null                            | is, not, null"})
    void namesLeaveOutFunctionsTypesLiteralsAndQualifiers(String condition, String names) {
        assertThat(SqlCondition.names(condition).stream().map(SqlCondition.Token::name).toList())
                .containsExactly(names.split(", "));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
            "qty > 0 and QTY < 9                      | postgresql | qty > 0 and QTY < 9",
            "\"qty\" > 0                              | mysql      | qty > 0",
            "limit > 0                                | postgresql | \"limit\" > 0",
            "limit > 0                                | h2         | \"LIMIT\" > 0",
            "limit > 0                                | mysql      | `limit` > 0",
            "\"Delivered On\" is null or qty > 2000   | mysql      | `Delivered On` is null or qty > 2000",
            "\"Delivered On\" is null                 | sqlserver  | [Delivered On] is null",
            "'limit' <> upper(limit)                  | postgresql | 'limit' <> upper(\"limit\")",
            "year > 0 and extract(year from day) > 0  | h2         | \"YEAR\" > 0 and extract(year from day) > 0"})
    void writtenQuotesEachColumnAsTheTableDoes(String condition, String dialect, String written) {
        assertThat(SqlCondition.written(condition, COLUMNS, Dialects.named(dialect))).isEqualTo(written);
    }
}
