package io.modeldoc.processor.check;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Problem;
import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.SqlType;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.sql.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * A column's length, precision and scale must be sizes the databases accept: the script would fail on
 * {@code varchar(-1)} or {@code numeric(1001,2)}. A length above a database's longest {@code varchar} is not a
 * mistake: the dialect maps it to a text type, as Hibernate does. A column with its own {@code columnDefinition}
 * says its type itself.
 */
final class ColumnSizeRule implements Rule {

    private static final Set<SqlType> SIZED_BY_LENGTH = Set.of(SqlType.VARCHAR, SqlType.CHAR, SqlType.NVARCHAR,
            SqlType.NCHAR, SqlType.BINARY, SqlType.VARBINARY, SqlType.ENUM_STRING);

    @Override
    public void check(CheckContext context, List<Problem> problems) {
        for (Table table : context.model().tables()) {
            for (Column column : table.columns()) {
                if (!column.definition().isEmpty()) {
                    continue;
                }
                String attribute = context.originOf(table, column).member();
                String name = attribute.isEmpty() ? column.name() : attribute;
                if (SIZED_BY_LENGTH.contains(column.type()) && column.length() < 0) {
                    problems.add(Problem.of(Message.COLUMN_SIZE, context.originOf(table, column), name, "length", column.length(),
                            "a length cannot be negative", "give a positive length, or leave it out for the default of 255"));
                }
                if (column.type() == SqlType.NUMERIC || column.type() == SqlType.DECIMAL) {
                    if (column.precision() < 0 || column.scale() < 0) {
                        boolean precision = column.precision() < 0;
                        problems.add(Problem.of(Message.COLUMN_SIZE, context.originOf(table, column), name,
                                precision ? "precision" : "scale", precision ? column.precision() : column.scale(),
                                "it cannot be negative", "give a positive value, or leave it out for the default"));
                    } else {
                        tooLarge(context, table, column, name, "precision", column.precision(), Dialect::maxNumericPrecision, problems);
                        tooLarge(context, table, column, name, "scale", column.scale(), Dialect::maxNumericScale, problems);
                    }
                }
            }
        }
    }

    /** The value against each configured dialect's limit, naming every dialect it exceeds. */
    private static void tooLarge(CheckContext context, Table table, Column column, String name, String what, int value,
                                 ToIntFunction<Dialect> limit, List<Problem> problems) {
        List<String> exceeded = new ArrayList<>();
        int lowest = Integer.MAX_VALUE;
        for (Dialect dialect : context.dialects()) {
            lowest = Math.min(lowest, limit.applyAsInt(dialect));
            if (value > limit.applyAsInt(dialect)) {
                exceeded.add(dialect.name() + " allows at most " + limit.applyAsInt(dialect));
            }
        }
        if (!exceeded.isEmpty()) {
            problems.add(Problem.of(Message.COLUMN_SIZE, context.originOf(table, column), name, what, value,
                    String.join(", ", exceeded), "use a " + what + " of at most " + lowest));
        }
    }
}
