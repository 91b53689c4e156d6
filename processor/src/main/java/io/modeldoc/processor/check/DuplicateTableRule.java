package io.modeldoc.processor.check;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Origin;
import io.modeldoc.processor.diag.Problem;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Namespace;
import io.modeldoc.processor.sql.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Two entities cannot share a table (names compare as unquoted SQL names do, ignoring case). The
 * entity whose name is implicit keeps it; those that chose the clashing name with {@code @Table} are at fault.
 * Subclasses of a single-table hierarchy share their root's table and are left out. Tables in different schemas
 * or catalogs are different tables, except where a configured database has no such level (MySQL and MariaDB
 * have no schemas and PostgreSQL writes no catalogs, as in Hibernate): there the two names would meet.
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
            byTable.computeIfAbsent(key(context, entity), t -> new ArrayList<>()).add(entity);
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

    /** The table's name with the parts of its namespace that every configured database writes, lower case. */
    private static String key(CheckContext context, Entity entity) {
        Namespace namespace = context.source(entity.qualifiedName()).namespace();
        boolean schemas = context.dialects().stream().allMatch(Dialect::usesSchemas);
        boolean catalogs = context.dialects().stream().allMatch(Dialect::usesCatalogs);
        Namespace written = Namespace.of(catalogs ? namespace.catalog() : "", schemas ? namespace.schema() : "");
        return written.qualify(entity.table()).toLowerCase(Locale.ROOT);
    }
}
