package io.modeldoc.processor.sql;

import io.modeldoc.processor.model.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One column inside CREATE TABLE, in Hibernate's order:
 * {@code name type [identity | not null] [unique] [comment '…'] [constraint name] [check ((…) and (…))]}.
 */
final class ColumnDefinition {

    private ColumnDefinition() {
    }

    /**
     * @param table          the table's bare name, which names the check where the dialect names it
     * @param primaryKeyPart whether the column is part of the primary key, hence not null
     * @param inlineUnique   whether to write an anonymous {@code unique} on the column itself
     */
    static String of(Column column, Dialect dialect, String table, boolean primaryKeyPart, boolean inlineUnique) {
        StringBuilder sql = new StringBuilder(dialect.identifier(column.name())).append(' ').append(dialect.typeOf(column));
        if (column.identity()) {
            sql.append(dialect.identityClause());
        } else if (!column.nullable() || primaryKeyPart) {
            sql.append(" not null");
        }
        if (inlineUnique) {
            sql.append(" unique");
        }
        if (dialect.inlineComments() && !column.comment().isEmpty()) {
            sql.append(" comment ").append(dialect.literal(column.comment()));
        }
        List<String> checks = new ArrayList<>(dialect.typeChecks(column));
        for (String check : column.checks()) {
            checks.add(SqlText.oneLine(check));
        }
        if (!checks.isEmpty()) {
            if (dialect.namesColumnChecks()) {
                sql.append(" constraint ").append(dialect.identifier(dialect.columnCheckName(table, column.name())));
            }
            // Hibernate parenthesises each condition and joins them with and
            sql.append(" check (").append(checks.stream().map(c -> "(" + c + ")").collect(Collectors.joining(" and "))).append(')');
        }
        return sql.toString();
    }
}
