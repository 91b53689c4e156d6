package io.modeldoc.processor.check;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Origin;
import io.modeldoc.processor.diag.Problem;
import io.modeldoc.processor.model.Entity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Two entities cannot share a table (names compare as unquoted SQL names do, ignoring case). */
final class DuplicateTableRule implements Rule {

    @Override
    public void check(CheckContext context, List<Problem> problems) {
        Map<String, Entity> owners = new TreeMap<>();
        for (Entity entity : context.model().entities()) {
            Entity first = owners.putIfAbsent(entity.table().toLowerCase(Locale.ROOT), entity);
            if (first != null) {
                problems.add(Problem.of(Message.DUPLICATE_TABLE, Origin.of(entity.qualifiedName()),
                        entity.qualifiedName(), entity.table(), first.qualifiedName()));
            }
        }
    }
}
