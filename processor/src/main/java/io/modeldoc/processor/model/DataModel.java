package io.modeldoc.processor.model;

import java.util.List;

/**
 * Everything compiled, ready to render.
 *
 * @param features  sorted by name; every entity's feature is among them
 * @param entities  sorted by qualified class name
 * @param tables    sorted by lower-cased name, as Hibernate creates them
 * @param sequences sorted by lower-cased name
 * @param externals the entities of other modules that associations point to, sorted by qualified name;
 *                  their tables are not among {@link #tables()}
 */
public record DataModel(List<Feature> features, List<Entity> entities, List<Table> tables, List<Sequence> sequences,
                        List<ExternalEntity> externals) {

    public DataModel {
        features = List.copyOf(features);
        entities = List.copyOf(entities);
        tables = List.copyOf(tables);
        sequences = List.copyOf(sequences);
        externals = List.copyOf(externals);
    }

    /** A model whose associations stay within it. */
    public DataModel(List<Feature> features, List<Entity> entities, List<Table> tables, List<Sequence> sequences) {
        this(features, entities, tables, sequences, List.of());
    }
}
