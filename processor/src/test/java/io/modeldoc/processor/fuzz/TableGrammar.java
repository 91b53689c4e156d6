package io.modeldoc.processor.fuzz;

import static io.modeldoc.processor.fuzz.Jpa.a;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code @Table} on the entities that own a table: a name (plain or quoted), a schema and catalog, indexes
 * and unique constraints over the entity's explicitly named columns.
 */
final class TableGrammar {

    /** Fixture namespace names are whole words used for nothing else, as {@code FixtureNamespaces} requires. */
    static final List<String> SCHEMAS = List.of("fuzz_sales", "fuzz_stock");
    static final String CATALOG = "fuzz_books";

    private final SeedContext seed;

    TableGrammar(SeedContext seed) {
        this.seed = seed;
    }

    void table(ClassDraft entity) {
        if (!entity.ownsTable() || !seed.chance(0.5)) {
            return;
        }
        JavaAnnotation table = a(Jpa.TABLE);
        if (seed.chance(0.5)) {
            String name = seed.table("t");
            boolean quoted = seed.allows(KnownDefect.QUOTED_TABLE_SEQUENCE) && seed.allows(KnownDefect.QUOTED_TABLE_IMPLICIT_NAMES)
                    && seed.chance(0.1);
            table = table.withString("name", quoted ? "\"" + seed.prefix() + "Quoted" + name + "\"" : name);
        }
        // On H2 a foreign key from an explicit schema to the default one fails in both scripts: only tables without
        // foreign keys of their own move.
        if (!holdsForeignKey(entity) && !entity.mapKeyTarget && seed.chance(0.3)) {
            table = table.withString("schema", seed.pick(SCHEMAS));
            // H2 reads catalog.table as schema.table: Hibernate's own script needs the schema beside a catalog.
            if (seed.chance(0.3)) {
                table = table.withString("catalog", CATALOG);
            }
        }
        List<JavaAnnotation> indexes = new ArrayList<>();
        List<JavaAnnotation> uniques = new ArrayList<>();
        boolean constraints = seed.allows(KnownDefect.TPC_ROOT_CONSTRAINTS) || !entity.hierarchy.isUnion(entity);
        for (int i = 0; constraints && i < entity.indexable.size() && i < 2; i++) {
            List<String> columns = columns(entity.indexable);
            boolean repeated = indexes.stream().anyMatch(index -> index.string("columnList").orElse("")
                    .replace(" desc", "").equals(String.join(", ", columns)));
            if (repeated && !seed.allows(KnownDefect.DUPLICATE_INDEX)) {
                continue;
            }
            if (seed.chance(0.7)) {
                // Hibernate writes a unique index as a unique constraint, where PostgreSQL rejects "desc": no order there.
                boolean unique = seed.chance(0.2);
                JavaAnnotation index = a(Jpa.INDEX).withString("columnList", unique ? String.join(", ", columns) : columnList(columns));
                if (seed.chance(0.5)) {
                    index = index.withString("name", seed.table("idx"));
                }
                indexes.add(unique ? index.with("unique", "true") : index);
            } else {
                JavaAnnotation unique = a(Jpa.UNIQUE_CONSTRAINT).with("columnNames", Jpa.strings(columns));
                uniques.add(seed.chance(0.4) ? unique.withString("name", seed.table("uk")) : unique);
            }
        }
        if (!indexes.isEmpty()) {
            table = table.with("indexes", Jpa.array(indexes.toArray(JavaAnnotation[]::new)));
        }
        if (!uniques.isEmpty()) {
            table = table.with("uniqueConstraints", Jpa.array(uniques.toArray(JavaAnnotation[]::new)));
        }
        if (!table.elements().isEmpty()) {
            entity.annotations.add(table);
        }
    }

    /** One or two distinct columns, so that the key stays within MySQL's index length. */
    private List<String> columns(List<String> candidates) {
        List<String> columns = new ArrayList<>(List.of(seed.pick(candidates)));
        String second = seed.pick(candidates);
        if (!columns.contains(second) && seed.chance(0.5)) {
            columns.add(second);
        }
        return columns;
    }

    private String columnList(List<String> columns) {
        List<String> items = new ArrayList<>();
        for (String column : columns) {
            items.add(seed.chance(0.2) ? column + " desc" : column);
        }
        return String.join(", ", items);
    }

    /** Whether the entity's table holds a foreign key: its own, a superclass's, or (single table) a subclass's. */
    private static boolean holdsForeignKey(ClassDraft entity) {
        if (entity.hierarchy.strategy() == Hierarchy.Strategy.JOINED && entity.hierarchy.root() != entity) {
            return true;
        }
        if (entity.hierarchy.strategy() == Hierarchy.Strategy.SINGLE_TABLE
                && entity.hierarchy.entities.stream().anyMatch(e -> e.holdsForeignKey)) {
            return true;
        }
        for (ClassDraft type = entity; type != null; type = type.parent) {
            if (type.holdsForeignKey) {
                return true;
            }
        }
        return false;
    }
}
