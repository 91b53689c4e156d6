package io.modeldoc.processor.model;

import java.util.List;

/**
 * Everything compiled, ready to render.
 *
 * @param features  sorted by name; every entity's feature is among them
 * @param entities  sorted by qualified class name
 * @param tables    sorted by lower-cased name, as Hibernate creates them
 * @param sequences sorted by lower-cased name
 */
public record DataModel(List<Feature> features, List<Entity> entities, List<Table> tables, List<Sequence> sequences) {

    public DataModel {
        features = List.copyOf(features);
        entities = List.copyOf(entities);
        tables = List.copyOf(tables);
        sequences = List.copyOf(sequences);
    }
}
