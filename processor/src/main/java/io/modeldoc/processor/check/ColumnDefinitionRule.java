package io.modeldoc.processor.check;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Problem;
import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.sql.SqlFragments;
import java.util.List;
import java.util.Optional;

/**
 * A {@code columnDefinition} is written into CREATE TABLE as given, so it must be one piece of a column's definition:
 * a {@code ;} or a comment in it would end the statement or hide the rest, and with it run SQL the mapping never
 * meant ({@link SqlFragments}). The error is on the annotation value; every table's columns are seen, join, collection
 * and discriminator columns included.
 */
final class ColumnDefinitionRule implements Rule {

    @Override
    public void check(CheckContext context, List<Problem> problems) {
        for (Table table : context.model().tables()) {
            for (Column column : table.columns()) {
                Optional<String> problem = column.definition().isEmpty() ? Optional.empty() : SqlFragments.problem(column.definition());
                problem.ifPresent(why -> problems.add(Problem.of(Message.BAD_DEFINITION,
                        context.originOf(table, column).at(column.definition()), column.name(), table.name(), why,
                        column.definition())));
            }
        }
    }
}
