package io.modeldoc.processor.check;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Origin;
import io.modeldoc.processor.diag.Problem;
import io.modeldoc.processor.model.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Two entities cannot share a table (names compare as unquoted SQL names do, ignoring case). The
 * entity whose name is implicit keeps it; those that chose the clashing name with {@code @Table} are at fault.
 * Subclasses of a single-table hierarchy share their root's table and are left out.
 */
final class DuplicateTableRule implements Rule {

    @Override
    public void check(CheckContext context, List<Problem> problems) {
        Map<String, List<Entity>> byTable = new TreeMap<>();
        for (Entity entity : context.model().entities()) {
            var inheritance = context.source(entity.qualifiedName()).inheritance();
            if (!inheritance.isRoot() && inheritance.strategy().equals("SINGLE_TABLE")) {
                continue; // a single-table subclass shares its root's table by design
            }
            byTable.computeIfAbsent(entity.table().toLowerCase(Locale.ROOT), t -> new ArrayList<>()).add(entity);
        }
        for (List<Entity> sharing : byTable.values()) {
            if (sharing.size() < 2) {
                continue;
            }
            Entity owner = sharing.stream().filter(e -> context.source(e.qualifiedName()).table().isEmpty())
                    .findFirst().orElse(sharing.get(0));
            for (Entity entity : sharing) {
                if (entity != owner) {
                    problems.add(Problem.of(Message.DUPLICATE_TABLE, Origin.of(entity.qualifiedName()),
                            entity.qualifiedName(), entity.table(), owner.qualifiedName()));
                }
            }
        }
    }
}
