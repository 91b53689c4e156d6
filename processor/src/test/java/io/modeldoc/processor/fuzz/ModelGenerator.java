package io.modeldoc.processor.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Generates a random but valid JPA model from a seed, the Csmith idea applied to entity models: a grammar of
 * hierarchies, ids, basics, embeddables, associations, collections and tables, each rule drawing from the seed.
 * Valid means that Hibernate ORM boots it; a model it rejects is a bug of this generator. The same seed and
 * switches always give the same model.
 */
public final class ModelGenerator {

    private static final List<String> CONSTANTS = List.of("NEW", "ACTIVE", "CLOSED", "ON_HOLD", "ARCHIVED");
    /** One-letter constants, which a STRING enum column of length 1 can hold (pattern 12). */
    private static final List<String> LETTERS = List.of("N", "A", "C", "H", "X");

    private final Set<KnownDefect> enabled;

    public ModelGenerator(Set<KnownDefect> enabled) {
        this.enabled = Set.copyOf(enabled);
    }

    public FuzzModel generate(long seedNumber) {
        SeedContext seed = new SeedContext(seedNumber, enabled);
        List<ClassDraft> classes = new ArrayList<>();
        String enumType = null;
        boolean letters = false;
        if (seed.chance(0.5)) {
            ClassDraft status = new ClassDraft(seed.className("Status"), ClassDraft.Role.ENUM);
            letters = seed.allows(KnownDefect.CHAR_ENUM) && seed.chance(0.3);
            status.constants.addAll((letters ? LETTERS : CONSTANTS).subList(0, seed.between(2, CONSTANTS.size())));
            classes.add(status);
            enumType = seed.qualified(status.name);
        }
        BasicGrammar basics = new BasicGrammar(seed, enumType, letters);
        IdGrammar ids = new IdGrammar(seed, classes::add);
        HierarchyGrammar hierarchyGrammar = new HierarchyGrammar(seed, classes::add, ids);
        List<Hierarchy> hierarchies = new ArrayList<>();
        int count = seed.between(1, 3);
        for (int i = 0; i < count; i++) {
            hierarchies.add(hierarchyGrammar.hierarchy(hierarchies));
        }
        EmbeddableGrammar embeddableGrammar = new EmbeddableGrammar(seed, classes::add, basics);
        List<ClassDraft> embeddables = new ArrayList<>();
        int embeddableCount = seed.between(0, 2);
        for (int i = 0; i < embeddableCount; i++) {
            embeddables.add(embeddableGrammar.embeddable(embeddables, hierarchies));
        }
        List<ClassDraft> entities = classes.stream().filter(ClassDraft::isEntity).toList();
        // Without pattern 15's fix, no foreign key may touch a TABLE_PER_CLASS entity that has subclasses.
        List<ClassDraft> keyed = seed.allows(KnownDefect.TPC_FOREIGN_KEYS) ? entities
                : entities.stream().filter(e -> !e.hierarchy.isUnion(e)).toList();
        attributes(seed, classes, basics, embeddableGrammar, embeddables);
        AssociationGrammar associations = new AssociationGrammar(seed);
        int associationCount = seed.between(0, 3);
        for (int i = 0; i < associationCount && !keyed.isEmpty(); i++) {
            associations.associate(seed.pick(keyed), seed.pick(keyed));
        }
        CollectionGrammar collections = new CollectionGrammar(seed, enumType);
        for (ClassDraft entity : keyed) {
            if (seed.chance(0.2)) {
                entity.fields.add(collections.collection(entity, embeddables, hierarchies));
            }
        }
        TableGrammar tables = new TableGrammar(seed);
        entities.forEach(tables::table);
        return new FuzzModel(seedNumber, classes.stream().map(ClassDraft::build).toList());
    }

    /** Basic and embedded attributes on every entity and mapped superclass. */
    private static void attributes(SeedContext seed, List<ClassDraft> classes, BasicGrammar basics,
            EmbeddableGrammar embeddableGrammar, List<ClassDraft> embeddables) {
        for (ClassDraft type : List.copyOf(classes)) {
            if (!type.isEntity() && type.role != ClassDraft.Role.MAPPED_SUPERCLASS) {
                continue;
            }
            int count = seed.between(0, 4);
            for (int i = 0; i < count; i++) {
                type.fields.add(basics.basic(type));
            }
            List<ClassDraft> fitting = embeddables.stream().filter(e -> embeddableGrammar.fits(type, e)).toList();
            if (!fitting.isEmpty() && seed.chance(0.35)) {
                type.fields.add(embeddableGrammar.embed(type, seed.pick(fitting)));
            }
        }
    }
}
