package io.modeldoc.processor.read;

import io.modeldoc.processor.model.Feature;
import io.modeldoc.processor.model.TimelinePhase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.PackageElement;
import javax.lang.model.util.Elements;

/**
 * Finds the feature of a package: the nearest enclosing package annotated with {@code @DataModel}.
 * Packages are looked up through {@link Elements}, so a {@code package-info} compiled earlier counts.
 */
public final class FeatureReader {

    /** The task an approved {@code @DataModel} has done. */
    private static final String DESIGN_COMPLETION = "Data model design completion";

    private final Elements elements;
    private final Annotations annotations;
    private final DocComments docs;
    private final Map<String, Optional<Feature>> byPackage = new HashMap<>();
    private final Function<String, String> knownDescription;

    /**
     * @param knownDescription the package Javadoc known from an earlier build, for packages read from
     *                         class files (which keep no Javadoc); empty when unknown
     */
    public FeatureReader(Elements elements, DocComments docs, Function<String, String> knownDescription) {
        this.elements = elements;
        this.docs = docs;
        this.knownDescription = knownDescription;
        this.annotations = new Annotations();
    }

    /** The feature owning {@code packageName}; empty when no enclosing package declares one. */
    /** Call at the start of every round: annotation lookups are valid within one round. */
    public void newRound() {
        annotations.newRound();
    }

    public Optional<Feature> featureOf(String packageName) {
        Optional<Feature> known = byPackage.get(packageName);
        if (known != null) {
            return known;
        }
        Optional<Feature> feature = declaredBy(packageName);
        if (feature.isEmpty() && packageName.contains(".")) {
            feature = featureOf(packageName.substring(0, packageName.lastIndexOf('.')));
        }
        byPackage.put(packageName, feature);
        return feature;
    }

    private Optional<Feature> declaredBy(String packageName) {
        PackageElement pkg = elements.getPackageElement(packageName);
        if (pkg == null) {
            return Optional.empty();
        }
        return annotations.find(pkg, JpaNames.DATA_MODEL).map(model -> {
            Optional<AnnotationView> dependencies = annotations.find(pkg, JpaNames.DEPENDENCIES);
            String name = model.string("feature");
            return new Feature(
                    name,
                    slug(name),
                    packageName,
                    model.string("architect"),
                    Labels.of(model.enumName("status")),
                    model.string("date"),
                    description(pkg, packageName),
                    model.strings("requirements"),
                    EntityReader.usage(annotations, pkg),
                    dependencies.map(d -> d.strings("upstream")).orElse(List.of()),
                    dependencies.map(d -> d.strings("downstream")).orElse(List.of()),
                    EntityReader.risks(annotations, pkg),
                    timeline(pkg, model.enumName("status").equals("APPROVED")));
        });
    }

    private String description(PackageElement pkg, String packageName) {
        String javadoc = docs.of(pkg);
        return javadoc == null ? knownDescription.apply(packageName) : javadoc;
    }

    /** The file name of a feature's document: lower case, runs of other characters as one {@code -}. */
    public static String slug(String featureName) {
        String slug = featureName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? Feature.DEFAULT_SLUG : slug;
    }

    /** The phases of {@code @Timeline}; an approved design has completed "Data model design completion". */
    private List<TimelinePhase> timeline(PackageElement pkg, boolean approved) {
        return annotations.find(pkg, JpaNames.TIMELINE).map(t -> t.annotations("value").stream().map(phase -> {
            List<TimelinePhase.Task> tasks = new ArrayList<>();
            phase.strings("done").forEach(task -> tasks.add(new TimelinePhase.Task(task, true)));
            phase.strings("todo").forEach(task -> tasks.add(new TimelinePhase.Task(task,
                    approved && task.equalsIgnoreCase(DESIGN_COMPLETION))));
            return new TimelinePhase(phase.string("name"), phase.string("when"), tasks);
        }).toList()).orElse(List.of());
    }
}
