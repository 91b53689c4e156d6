package io.modeldoc.processor;

import io.modeldoc.processor.assemble.ModelAssembler;
import io.modeldoc.processor.check.ModelChecks;
import io.modeldoc.processor.diag.Problem;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.DeclaredQuery;
import io.modeldoc.processor.model.Feature;
import io.modeldoc.processor.query.QueryAnalyzer;
import io.modeldoc.processor.read.EntitySource;
import io.modeldoc.processor.snapshot.PreviousBuild;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;

/**
 * What the model is assembled from, everything javac's elements had to tell taken on javac's thread: the entities as
 * read, those with an ERROR on them, what their associations reach in other modules, each package's feature and the
 * repositories' queries. Assembling needs nothing else, so it may run on another thread; and two rounds that read the
 * same have equal inputs (the same entities are the same instances), which is cheap to tell.
 *
 * @param sources   the entities read, with those of this module that only class files hold
 * @param withErrors entities with an ERROR on them: left out, and nothing refers to them
 * @param others    what {@link OtherModules} found for the sources
 * @param features  the feature declared for each source's package, or for an enclosing one
 * @param queries   the declared queries of every repository
 * @param previous  the previous build, whose documentation fills in what class files cannot tell
 */
record ModelInputs(List<EntitySource> sources, Set<String> withErrors, OtherModules.Found others,
                   Map<String, Optional<Feature>> features, List<DeclaredQuery> queries, PreviousBuild previous) {

    ModelInputs {
        sources = List.copyOf(sources);
        withErrors = Set.copyOf(withErrors);
        features = Map.copyOf(features);
        queries = List.copyOf(queries);
    }

    /**
     * The entities assembled, the sources they came from (documentation restored), what assembling and the checks
     * found, and whether entities of other modules took part.
     */
    record Assembly(List<EntitySource> sources, DataModel model, List<Problem> problems, boolean externals) {
    }

    /**
     * The model of every entity but those with errors and those that need one of them. The checks run here too, so
     * that an entity they find fault with is left out before anything is written; what cannot be resolved in other
     * modules leaves out the association or entity it is about by itself.
     */
    Assembly assemble(Settings settings) {
        Set<String> left = new TreeSet<>(withErrors);
        Set<Problem> found = new LinkedHashSet<>(others.problems());
        while (true) {
            List<Problem> assemblyProblems = new ArrayList<>();
            Set<String> leftOut = LeftOut.closure(sources, left, others.leftOut());
            List<EntitySource> restored = sources.stream().filter(s -> !leftOut.contains(s.qualifiedName()))
                    .map(previous::restore).toList();
            DataModel model = new ModelAssembler(settings, pkg -> features.getOrDefault(pkg, Optional.empty()))
                    .assemble(restored, others.externals(), assemblyProblems);
            model = QueryAnalyzer.analyse(model, queries);
            found.addAll(assemblyProblems);
            List<Problem> checked = new ModelChecks().run(restored, model, settings.dialects());
            found.addAll(checked);
            checked.addAll(assemblyProblems);
            Set<String> named = restored.stream().map(EntitySource::qualifiedName).collect(Collectors.toSet());
            Set<String> more = checked.stream()
                    .filter(p -> p.message().kind() == Diagnostic.Kind.ERROR && named.contains(p.origin().type()))
                    .map(p -> p.origin().type()).collect(Collectors.toCollection(TreeSet::new));
            if (more.isEmpty()) {
                return new Assembly(restored, model, List.copyOf(found), !others.externals().isEmpty());
            }
            left.addAll(more);
        }
    }
}
