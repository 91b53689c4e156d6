package io.modeldoc.processor;

import io.modeldoc.processor.assemble.ModelAssembler;
import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Origin;
import io.modeldoc.processor.diag.Problem;
import io.modeldoc.processor.doc.EntitySections;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.ExternalEntity;
import io.modeldoc.processor.model.Feature;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.read.AssociationSource;
import io.modeldoc.processor.read.AttributeSource;
import io.modeldoc.processor.read.EntityReader;
import io.modeldoc.processor.read.EntitySource;
import io.modeldoc.processor.read.MapKeySource;
import io.modeldoc.processor.snapshot.BaselineReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The entities that associations point to but that were not compiled here: class files on the
 * class path. One in this module's own class output is this module's (a partial build that lost its
 * {@code model.json}) and is read like the others. One of another module is an {@link ExternalEntity}:
 * its table's physical names come from that module's {@code modeldoc/model.json}, read from the jar
 * or folder that holds its class file, since they follow that module's options; a module without one
 * is read from the class file under this build's settings, as Hibernate would map it.
 */
final class OtherModules {

    /** What the entities compiled here lead to outside them. */
    record Found(List<EntitySource> own, List<ExternalEntity> externals, Set<String> leftOut, List<Problem> problems) {
    }

    /** How one target was resolved: exactly one of the three is set. */
    private record Outcome(EntitySource own, ExternalEntity external, String failure) {
    }

    private final Elements elements;
    private final Filer filer;
    private final EntityReader reader;
    private final Settings settings;
    private final Map<String, Outcome> outcomes = new TreeMap<>();

    /** @param reader reads a module's class files without reporting: their mistakes are that module's */
    OtherModules(Elements elements, Filer filer, EntityReader reader, Settings settings) {
        this.elements = elements;
        this.filer = filer;
        this.reader = reader;
        this.settings = settings;
    }

    /**
     * Resolves every association target and parent entity of {@code sources} that is not among them.
     *
     * @param withErrors entities of this compilation left out for an error already reported: not looked for elsewhere
     */
    Found resolve(Collection<EntitySource> sources, Set<String> withErrors) {
        Set<String> compiled = new TreeSet<>(withErrors);
        sources.forEach(s -> compiled.add(s.qualifiedName()));
        List<EntitySource> own = new ArrayList<>();
        Map<String, ExternalEntity> externals = new TreeMap<>();
        Set<String> leftOut = new TreeSet<>();
        List<Problem> problems = new ArrayList<>();
        for (EntitySource source : sources) {
            String parent = source.inheritance().parent();
            if (!parent.isEmpty() && !compiled.contains(parent)) {
                Outcome outcome = outcome(parent);
                if (outcome.own() != null) {
                    own.add(outcome.own());
                } else {
                    // Its table or key would be shared with, or derived from, a table another module's script creates.
                    problems.add(Problem.of(Message.PARENT_IN_OTHER_MODULE, Origin.of(source.qualifiedName()),
                            source.qualifiedName(), parent, moduleOf(outcome)));
                    leftOut.add(source.qualifiedName());
                }
            }
            for (AttributeSource attribute : source.attributes()) {
                for (AssociationSource association : associations(attribute)) {
                    String target = association.target();
                    if (compiled.contains(target)) {
                        continue;
                    }
                    Outcome outcome = outcome(target);
                    Origin origin = new Origin(source.qualifiedName(), attribute.name());
                    if (outcome.own() != null) {
                        own.add(outcome.own());
                    } else if (outcome.external() == null) {
                        problems.add(Problem.of(Message.UNRESOLVED_ENTITY, origin, attribute.name(), target, outcome.failure()));
                    } else if (association == attribute.association() && keepsJoinColumnInTarget(association)) {
                        problems.add(Problem.of(Message.JOIN_COLUMN_IN_OTHER_MODULE, origin, attribute.name(),
                                outcome.external().table().name(), target, outcome.external().module()));
                    } else {
                        externals.put(target, outcome.external());
                    }
                }
                mapKeyEntity(attribute).filter(e -> !compiled.contains(e)).ifPresent(key -> {
                    Outcome outcome = outcome(key);
                    if (outcome.own() != null) {
                        own.add(outcome.own());
                    } else if (outcome.external() != null) {
                        externals.put(key, outcome.external());
                    } else {
                        problems.add(Problem.of(Message.UNRESOLVED_ENTITY, new Origin(source.qualifiedName(), attribute.name()),
                                attribute.name(), key, outcome.failure()));
                    }
                });
            }
        }
        return new Found(own, List.copyOf(externals.values()), leftOut, problems);
    }

    /** The attribute's associations: its own, or those of the embeddable elements of its collection. */
    private static List<AssociationSource> associations(AttributeSource attribute) {
        List<AssociationSource> all = new ArrayList<>();
        if (attribute.association() != null) {
            all.add(attribute.association());
        }
        if (attribute.elements() != null) {
            attribute.elements().associations().forEach(a -> all.add(a.association()));
        }
        return all;
    }

    private static Optional<String> mapKeyEntity(AttributeSource attribute) {
        MapKeySource key = attribute.association() != null ? attribute.association().mapKey()
                : attribute.elements() != null ? attribute.elements().mapKey() : null;
        return key != null && key.kind() == MapKeySource.Kind.ENTITY ? Optional.of(key.entity()) : Optional.empty();
    }

    /** A unidirectional one-to-many with a join column: the column would live in the target's table. */
    private static boolean keepsJoinColumnInTarget(AssociationSource association) {
        return association.cardinality() == io.modeldoc.processor.model.Cardinality.ONE_TO_MANY
                && association.owning() && association.hasJoinColumn();
    }

    private static String moduleOf(Outcome outcome) {
        return outcome.external() != null ? "module " + outcome.external().module() : "a module on the class path";
    }

    private Outcome outcome(String qualifiedName) {
        return outcomes.computeIfAbsent(qualifiedName, this::find);
    }

    private Outcome find(String qualifiedName) {
        TypeElement type = elements.getTypeElement(qualifiedName);
        if (type == null) {
            return failure("no class " + qualifiedName + " is on the class path");
        }
        String packageName = elements.getPackageOf(type).getQualifiedName().toString();
        String binary = elements.getBinaryName(type).toString();
        String fileName = (packageName.isEmpty() ? binary : binary.substring(packageName.length() + 1)) + ".class";
        FileObject classFile;
        try {
            classFile = filer.getResource(StandardLocation.CLASS_PATH, packageName, fileName);
        } catch (IOException | IllegalArgumentException e) {
            return failure("its class file is not on the class path");
        }
        if (isInClassOutput(packageName, fileName, classFile)) {
            return reader.read(type).map(source -> new Outcome(source, null, null))
                    .orElseGet(() -> failure("its class file cannot be read as an entity"));
        }
        ClassPathEntry entry = ClassPathEntry.of(classFile.toUri(), packageName, fileName);
        Optional<ExternalEntity> documented = documented(qualifiedName, type, entry);
        if (documented.isPresent()) {
            return new Outcome(null, documented.get(), null);
        }
        return fromClassFile(qualifiedName, type, entry);
    }

    /** Whether the class on the class path is the one this module's class output holds. */
    private boolean isInClassOutput(String packageName, String fileName, FileObject onClassPath) {
        try {
            return filer.getResource(StandardLocation.CLASS_OUTPUT, packageName, fileName).toUri().equals(onClassPath.toUri());
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The entity as its module's own {@code model.json} describes it; empty when that module has none for it. */
    private Optional<ExternalEntity> documented(String qualifiedName, TypeElement type, ClassPathEntry entry) {
        Optional<String> json = entry.read("modeldoc/model.json");
        if (json.isEmpty()) {
            return Optional.empty();
        }
        DataModel model;
        try {
            model = BaselineReader.read(entry.describe("modeldoc/model.json"), json.get());
        } catch (BaselineReader.BadBaseline e) {
            return Optional.empty(); // another version's snapshot: read the class file instead
        }
        Entity entity = model.entities().stream().filter(e -> e.qualifiedName().equals(qualifiedName)).findFirst().orElse(null);
        if (entity == null) {
            return Optional.empty();
        }
        Optional<Table> table = tableOf(model, entity);
        String feature = model.features().stream().filter(f -> f.slug().equals(entity.featureSlug()))
                .map(Feature::name).findFirst().orElse("");
        return table.map(t -> new ExternalEntity(qualifiedName, type.getSimpleName().toString(), entry.moduleName(), feature,
                EntitySections.of(model, qualifiedName), t));
    }

    /** The table holding the entity's key: its own, or its root's for a single-table subclass. */
    private static Optional<Table> tableOf(DataModel model, Entity entity) {
        return model.tables().stream()
                .filter(t -> t.entity().equals(entity.qualifiedName()))
                .findFirst()
                .or(() -> model.tables().stream().filter(t -> !t.entity().isEmpty() && t.name().equals(entity.table())).findFirst());
    }

    /**
     * A module without ModelDoc's snapshot: the entity (with the entities it extends) read from its
     * class files and named under this build's settings, as one persistence unit would map it.
     */
    private Outcome fromClassFile(String qualifiedName, TypeElement type, ClassPathEntry entry) {
        List<EntitySource> hierarchy = new ArrayList<>();
        for (TypeElement level = type; level != null; ) {
            Optional<EntitySource> read = reader.isEntity(level) ? reader.read(level) : Optional.empty();
            if (read.isEmpty()) {
                return failure("its class file in " + entry.moduleName() + " cannot be read as an entity");
            }
            hierarchy.add(read.get());
            String parent = read.get().inheritance().parent();
            level = parent.isEmpty() ? null : elements.getTypeElement(parent);
        }
        DataModel model = new ModelAssembler(settings, pkg -> Optional.empty()).assemble(hierarchy, new ArrayList<>());
        Entity entity = model.entities().stream().filter(e -> e.qualifiedName().equals(qualifiedName)).findFirst().orElseThrow();
        return tableOf(model, entity)
                .map(t -> new Outcome(null, new ExternalEntity(qualifiedName, type.getSimpleName().toString(), entry.moduleName(),
                        "", "", t), null))
                .orElseGet(() -> failure("it has no table of its own in " + entry.moduleName()));
    }

    private static Outcome failure(String why) {
        return new Outcome(null, null, why);
    }
}
