package io.modeldoc.processor.doc;

import java.util.List;

/**
 * Data Validation.
 *
 * @param rules     per entity, the Bean Validation constraints of its attributes and its business rules
 * @param integrity what the database enforces, and what only the application does
 */
public record DataValidationSection(List<EntityRules> rules, List<LabelledValue> integrity) {

    public DataValidationSection {
        rules = List.copyOf(rules);
        integrity = List.copyOf(integrity);
    }

    /** One entity's validation bullets; {@code entity} links its section. */
    public record EntityRules(String entity, List<String> items) {

        public EntityRules {
            items = List.copyOf(items);
        }
    }
}
