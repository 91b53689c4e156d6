package io.modeldoc.processor.check;

import io.modeldoc.processor.diag.Problem;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.read.EntitySource;
import io.modeldoc.processor.sql.Dialect;
import java.util.ArrayList;
import java.util.List;

/** Runs every rule over a compilation's model. */
public final class ModelChecks {

    private static final List<Rule> RULES = List.of(
            new MappedByRule(),
            new DuplicateTableRule(),
            new DuplicateColumnRule(),
            new IndexColumnRule(),
            new NameRule(),
            new ColumnSizeRule(),
            new ColumnDefinitionRule(),
            new RenamedFromRule());

    /**
     * @param baseline the model of {@code modeldoc.baseline}; {@code null} when none
     */
    public List<Problem> run(List<EntitySource> sources, DataModel model, DataModel baseline, List<Dialect> dialects) {
        CheckContext context = new CheckContext(sources, model, baseline, dialects);
        List<Problem> problems = new ArrayList<>();
        for (Rule rule : RULES) {
            rule.check(context, problems);
        }
        return problems;
    }
}
