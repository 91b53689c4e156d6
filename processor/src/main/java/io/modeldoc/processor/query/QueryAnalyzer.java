package io.modeldoc.processor.query;

import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.DeclaredQuery;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.NamedQuery;
import io.modeldoc.processor.model.Query;
import io.modeldoc.processor.model.QueryLanguage;
import java.util.ArrayList;
import java.util.List;

/**
 * Works out the table accesses of every query a model declares: the entities' named queries, then the repositories'
 * queries. What cannot be read for sure is kept with the reason, never guessed.
 */
public final class QueryAnalyzer {

    private final ModelIndex index;
    private final AccessPlanner planner;
    private final PropertyPaths properties;

    private QueryAnalyzer(DataModel model) {
        this.index = new ModelIndex(model);
        this.planner = new AccessPlanner(index);
        this.properties = new PropertyPaths(index);
    }

    /** The model with its queries: the named queries of its entities, then {@code repositoryQueries}, analysed. */
    public static DataModel analyse(DataModel model, List<DeclaredQuery> repositoryQueries) {
        QueryAnalyzer analyzer = new QueryAnalyzer(model);
        List<Query> queries = new ArrayList<>();
        for (Entity entity : model.entities()) {
            for (NamedQuery named : entity.queries()) {
                queries.add(analyzer.analyse(new DeclaredQuery(named.name(), entity.qualifiedName(), "",
                        named.nativeQuery() ? QueryLanguage.SQL : QueryLanguage.JPQL, named.query(), entity.qualifiedName())));
            }
        }
        repositoryQueries.forEach(q -> queries.add(analyzer.analyse(q)));
        return model.withQueries(queries);
    }

    Query analyse(DeclaredQuery declared) {
        try {
            return Query.analysed(declared, switch (declared.language()) {
                case SQL -> throw new Unanalysable("ModelDoc does not read native SQL");
                case JPQL -> jpql(declared);
                case DERIVED -> derived(declared);
            });
        } catch (Unanalysable e) {
            return Query.notAnalysed(declared, e.getMessage());
        }
    }

    private List<io.modeldoc.processor.model.TableAccess> jpql(DeclaredQuery declared) {
        JpqlReader.Result read = JpqlReader.read(declared.statement());
        if (!read.read()) {
            throw new Unanalysable(read.refusal());
        }
        Entity root = index.byName(read.shape().root())
                .orElseThrow(() -> new Unanalysable("it reads " + read.shape().root() + ", which is no entity of this model"));
        return planner.plan(read.shape(), root);
    }

    private List<io.modeldoc.processor.model.TableAccess> derived(DeclaredQuery declared) {
        Entity entity = index.byClass(declared.entity())
                .orElseThrow(() -> new Unanalysable("its repository's domain type is no entity of this model"));
        DerivedQueryParser.Result parsed = DerivedQueryParser.parse(declared.statement());
        if (!parsed.parsed()) {
            throw new Unanalysable("Spring Data would refuse it: " + parsed.refusal());
        }
        List<List<QueryShape.Condition>> branches = new ArrayList<>();
        for (List<DerivedQuery.Part> parts : parsed.query().branches()) {
            List<QueryShape.Condition> conditions = new ArrayList<>();
            for (DerivedQuery.Part part : parts) {
                // Comparing ignoring case compares upper(column): a plain index on the column cannot serve it.
                Keyword.Use use = part.ignoreCase() ? Keyword.Use.NONE : part.keyword().use();
                conditions.add(new QueryShape.Condition(path(entity, part.property()), use));
            }
            branches.add(conditions);
        }
        if (branches.isEmpty()) {
            branches.add(List.of());
        }
        List<QueryShape.Sort> sorts = parsed.query().orderBy().stream()
                .map(o -> new QueryShape.Sort(path(entity, o.property()), o.descending())).toList();
        return planner.plan(new QueryShape(entity.qualifiedName(), "", List.of(), branches, sorts), entity);
    }

    private QueryShape.Path path(Entity entity, String property) {
        return new QueryShape.Path("", properties.resolve(entity, property));
    }
}
