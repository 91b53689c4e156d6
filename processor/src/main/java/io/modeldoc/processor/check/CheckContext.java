package io.modeldoc.processor.check;

import io.modeldoc.processor.diag.Origin;
import io.modeldoc.processor.model.Attribute;
import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.Sequence;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Relationship;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.read.EntitySource;
import io.modeldoc.processor.sql.Dialect;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the rules look at: the sources as written, the assembled model, the configured dialects, and
 * the origin of each table (its entity; for a join table, the attribute that owns it).
 */
final class CheckContext {

    /** How {@link Attribute#generation()} names a sequence: {@code sequence book_seq (increment 50)}. */
    private static final String SEQUENCE = "sequence ";

    private final Map<String, EntitySource> sources = new TreeMap<>();
    private final Map<String, Origin> tableOrigins = new TreeMap<>();
    private final Map<String, Origin> columnOrigins = new TreeMap<>();
    private final Map<String, Origin> sequenceOrigins = new TreeMap<>();
    private final DataModel model;
    private final DataModel baseline;
    private final List<Dialect> dialects;

    CheckContext(List<EntitySource> sources, DataModel model, DataModel baseline, List<Dialect> dialects) {
        this.model = model;
        this.baseline = baseline;
        this.dialects = List.copyOf(dialects);
        sources.forEach(source -> this.sources.put(source.qualifiedName(), source));
        for (Entity entity : model.entities()) {
            tableOrigins.putIfAbsent(entity.table(), Origin.of(entity.qualifiedName()));
            for (Attribute attribute : entity.attributes()) {
                attribute.columns().forEach(c -> columnOrigins.putIfAbsent(entity.table() + "." + c,
                        new Origin(entity.qualifiedName(), attribute.name())));
                if (attribute.generation().startsWith(SEQUENCE)) {
                    // "sequence <name> (increment 50)": the name may hold spaces when it is a bad one
                    String sequence = attribute.generation().substring(SEQUENCE.length());
                    int increment = sequence.lastIndexOf(" (increment ");
                    sequenceOrigins.putIfAbsent(increment < 0 ? sequence : sequence.substring(0, increment),
                            new Origin(entity.qualifiedName(), attribute.name()));
                }
            }
            for (Relationship relationship : entity.relationships()) {
                if (relationship.owning() && !relationship.joinTable().isEmpty()) {
                    tableOrigins.putIfAbsent(relationship.joinTable(), new Origin(entity.qualifiedName(), relationship.attribute()));
                }
            }
        }
    }

    List<EntitySource> sources() {
        return List.copyOf(sources.values());
    }

    EntitySource source(String qualifiedName) {
        return sources.get(qualifiedName);
    }

    DataModel model() {
        return model;
    }

    /** The model of {@code modeldoc.baseline}; {@code null} when none. */
    DataModel baseline() {
        return baseline;
    }

    List<Dialect> dialects() {
        return dialects;
    }

    /** Where to report a problem with a column: the attribute mapping it, else the table's origin. */
    Origin originOf(Table table, Column column) {
        return columnOrigins.getOrDefault(table.name() + "." + column.name(), originOf(table));
    }

    /**
     * Where to report a problem with a sequence: the identifier generated from it; else the first entity (a table
     * generator's sequence), whose fields are searched for the name.
     */
    Origin originOf(Sequence sequence) {
        Origin origin = sequenceOrigins.get(sequence.name());
        if (origin != null) {
            return origin;
        }
        return model.entities().isEmpty() ? Origin.of("") : Origin.of(model.entities().get(0).qualifiedName());
    }

    /**
     * Where to report a problem with a table: its entity, or the attribute owning a join table; a table no entity
     * names (a collection table) is reported on the entity whose table its first foreign key references, its owner.
     */
    Origin originOf(Table table) {
        Origin origin = tableOrigins.get(table.name());
        if (origin != null) {
            return origin;
        }
        if (table.entity().isEmpty() && !table.secondaryOf().isEmpty()) {
            return Origin.of(table.secondaryOf());
        }
        if (table.entity().isEmpty() && !table.foreignKeys().isEmpty()) {
            Origin owner = tableOrigins.get(table.foreignKeys().get(0).referencedTable());
            if (owner != null) {
                return Origin.of(owner.type());
            }
        }
        return Origin.of(table.entity());
    }
}
