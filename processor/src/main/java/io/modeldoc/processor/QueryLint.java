package io.modeldoc.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Problem;
import io.modeldoc.processor.diag.Reporter;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.query.QueryFindings;
import io.modeldoc.processor.sql.ConstraintNamer;
import io.modeldoc.processor.sql.Dialect;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * {@code modeldoc.lint} on queries: searches no index serves (warnings, errors under {@code modeldoc.lint=error}) and
 * queries not analysed (notes), on the repository method or the named-query annotation that declares them.
 */
final class QueryLint {

    private final Elements elements;
    private final Reporter reporter;
    private final Trees trees;

    QueryLint(ProcessingEnvironment env, Reporter reporter) {
        this.elements = env.getElementUtils();
        this.reporter = reporter;
        this.trees = trees(env);
    }

    /** What the model's queries need and do not get, at each query. */
    static List<Problem> findings(DataModel model, Settings settings, Function<Dialect, ConstraintNamer> namers) {
        return new QueryFindings(model, settings.dialects(), namers).problems();
    }

    /** Reports on the queries of types compiled from source; the others were reported on when they were compiled. */
    void report(List<Problem> findings, Set<String> compiled) {
        for (Problem problem : findings) {
            if (!compiled.contains(problem.origin().type())) {
                continue;
            }
            boolean lint = problem.message() != Message.QUERY_NOT_ANALYSED;
            Optional<Reporter.Printer> annotation = problem.origin().member().isEmpty()
                    ? namedQuery(elements.getTypeElement(problem.origin().type()), problem.origin().value()) : Optional.empty();
            if (annotation.isPresent()) {
                reporter.report(problem.message(), annotation.get(), lint, problem.args().toArray());
            } else if (lint) {
                reporter.lint(problem, elements);
            } else {
                reporter.report(problem, elements);
            }
        }
    }

    /**
     * Prints at the {@code @NamedQuery} (or {@code @NamedNativeQuery}) of that name. Found in the source tree: when
     * javac wraps repeated annotations in their container, the {@code Messager} can only point at the class.
     */
    private Optional<Reporter.Printer> namedQuery(TypeElement type, String name) {
        TreePath path = trees == null || type == null ? null : trees.getPath(type);
        if (path == null || !(path.getLeaf() instanceof ClassTree declaration)) {
            return Optional.empty();
        }
        for (AnnotationTree annotation : declaration.getModifiers().getAnnotations()) {
            Optional<AnnotationTree> found = named(annotation, name);
            if (found.isPresent()) {
                return Optional.of((kind, text) -> trees.printMessage(kind, text, found.get(), path.getCompilationUnit()));
            }
        }
        return Optional.empty();
    }

    /** The annotation, or one nested in its values ({@code @NamedQueries({…})}), whose {@code name} is {@code name}. */
    private static Optional<AnnotationTree> named(AnnotationTree annotation, String name) {
        for (ExpressionTree argument : annotation.getArguments()) {
            if (!(argument instanceof AssignmentTree assignment)) {
                continue;
            }
            ExpressionTree value = assignment.getExpression();
            if (assignment.getVariable() instanceof IdentifierTree id && id.getName().contentEquals("name")
                    && value instanceof LiteralTree literal && name.equals(literal.getValue())) {
                return Optional.of(annotation);
            }
            List<? extends ExpressionTree> nested = value instanceof NewArrayTree array ? array.getInitializers() : List.of(value);
            for (ExpressionTree item : nested == null ? List.<ExpressionTree>of() : nested) {
                if (item instanceof AnnotationTree inner) {
                    Optional<AnnotationTree> found = named(inner, name);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** javac's tree API; {@code null} under another compiler, whose diagnostics then point at the class. */
    private static Trees trees(ProcessingEnvironment env) {
        try {
            return Trees.instance(env);
        } catch (IllegalArgumentException | LinkageError e) {
            return null;
        }
    }
}
