package io.modeldoc.processor.check;

import io.modeldoc.processor.diag.Problem;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.read.EntitySource;
import io.modeldoc.processor.sql.Dialect;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the rules over a compilation's model: the model's own rules while it is assembled (an entity they find fault
 * with is left out), the rules against {@code modeldoc.baseline} once it is read.
 */
public final class ModelChecks {

    private static final List<Rule> MODEL_RULES = List.of(
            new MappedByRule(),
            new DuplicateTableRule(),
            new DuplicateColumnRule(),
            new IndexColumnRule(),
            new NameRule(),
            new ColumnSizeRule(),
            new ColumnDefinitionRule());

    private static final List<Rule> BASELINE_RULES = List.of(new RenamedFromRule());

    /** What the model's own rules find. */
    public List<Problem> run(List<EntitySource> sources, DataModel model, List<Dialect> dialects) {
        return check(MODEL_RULES, new CheckContext(sources, model, null, dialects));
    }

    /** What the rules against the baseline find; none without one. */
    public List<Problem> runAgainst(DataModel baseline, List<EntitySource> sources, DataModel model, List<Dialect> dialects) {
        return baseline == null ? List.of() : check(BASELINE_RULES, new CheckContext(sources, model, baseline, dialects));
    }

    private static List<Problem> check(List<Rule> rules, CheckContext context) {
        List<Problem> problems = new ArrayList<>();
        for (Rule rule : rules) {
            rule.check(context, problems);
        }
        return problems;
    }
}
