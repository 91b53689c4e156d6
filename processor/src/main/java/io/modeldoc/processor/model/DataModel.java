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
 * @param queries   the queries the entities and the repositories declare, with their access paths: the named
 *                  queries in entity order, then the repositories' by qualified name, each in declaration order
 */
public record DataModel(List<Feature> features, List<Entity> entities, List<Table> tables, List<Sequence> sequences,
                        List<ExternalEntity> externals, List<Query> queries) {

    public DataModel {
        features = List.copyOf(features);
        entities = List.copyOf(entities);
        tables = List.copyOf(tables);
        sequences = List.copyOf(sequences);
        externals = List.copyOf(externals);
        queries = List.copyOf(queries);
    }

    /** A model before its queries are analysed. */
    public DataModel(List<Feature> features, List<Entity> entities, List<Table> tables, List<Sequence> sequences,
                     List<ExternalEntity> externals) {
        this(features, entities, tables, sequences, externals, List.of());
    }

    /** This model with these queries. */
    public DataModel withQueries(List<Query> value) {
        return new DataModel(features, entities, tables, sequences, externals, value);
    }

    /** A model whose associations stay within it. */
    public DataModel(List<Feature> features, List<Entity> entities, List<Table> tables, List<Sequence> sequences) {
        this(features, entities, tables, sequences, List.of());
    }
}
