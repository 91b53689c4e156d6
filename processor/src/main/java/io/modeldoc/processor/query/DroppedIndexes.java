package io.modeldoc.processor.query;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Problem;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.Query;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.model.TableAccess;
import io.modeldoc.processor.sql.ConstraintNamer;
import io.modeldoc.processor.sql.Dialect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The keys and indexes a migration drops that a query needs: the baseline's schema served one of today's queries by
 * it, and today's schema no longer has it and serves that search worse (not at all, or only partly where it was served
 * fully). Said once per query and index, naming the databases it happens on.
 */
public final class DroppedIndexes {

    private DroppedIndexes() {
    }

    public static List<Problem> of(DataModel baseline, DataModel model, List<Dialect> dialects,
                                   Function<Dialect, ConstraintNamer> namers) {
        Map<List<String>, List<String>> databases = new LinkedHashMap<>();
        Map<List<String>, Problem> problems = new LinkedHashMap<>();
        for (Dialect dialect : dialects) {
            IndexAdvisor advisor = new IndexAdvisor(dialect, namers.apply(dialect));
            for (Query query : model.queries()) {
                for (TableAccess access : query.accesses()) {
                    Optional<Table> now = table(model, access.table());
                    Optional<Table> before = now.flatMap(t -> table(baseline, t.renamedFrom().isEmpty() ? t.name() : t.renamedFrom()));
                    if (now.isEmpty() || before.isEmpty() || !access.searches()) {
                        continue;
                    }
                    IndexAdvisor.Advice was = advisor.advise(access, before.get());
                    if (!was.served() || was.servedBy().name().isEmpty()
                            || advisor.candidates(now.get()).stream().anyMatch(c -> c.name().equals(was.servedBy().name()))) {
                        continue;
                    }
                    IndexAdvisor.Advice is = advisor.advise(access, now.get());
                    if (is.served() && (is.complete() || !was.complete())) {
                        continue;
                    }
                    List<String> key = List.of(query.declared().name(), was.servedBy().name(), access.table());
                    databases.computeIfAbsent(key, k -> new ArrayList<>()).add(dialect.productName());
                    problems.putIfAbsent(key, Problem.of(Message.QUERY_INDEX_DROPPED, QueryFindings.origin(query.declared()), "",
                            was.servedBy().kind() + " " + was.servedBy().name(), access.table(), query.declared().name(),
                            QueryFindings.describe(access)));
                }
            }
        }
        List<Problem> result = new ArrayList<>();
        problems.forEach((key, problem) -> {
            List<Object> args = new ArrayList<>(problem.args());
            args.set(0, String.join(", ", databases.get(key)));
            result.add(new Problem(problem.message(), problem.origin(), args));
        });
        return result;
    }

    private static Optional<Table> table(DataModel model, String name) {
        return model.tables().stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
