package io.modeldoc.processor.query;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Origin;
import io.modeldoc.processor.diag.Problem;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.DeclaredQuery;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Feature;
import io.modeldoc.processor.model.Query;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.model.TableAccess;
import io.modeldoc.processor.sql.ConstraintNamer;
import io.modeldoc.processor.sql.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the compiler says about the declared queries: a NOTE for each one not analysed, and a WARNING for each search
 * by columns that no key or index serves on one of the dialects built for, where the table's stated volume is large
 * or no volume is stated. A query that reads only small tables, or searches by nothing an index could use (a full scan
 * by choice), is left alone.
 */
public final class QueryFindings {

    private final DataModel model;
    private final List<Dialect> dialects;
    private final Function<Dialect, ConstraintNamer> namers;
    private final Map<String, Table> tables;
    private final Map<String, Entity> entities;
    private final Map<String, Feature> features;

    public QueryFindings(DataModel model, List<Dialect> dialects, Function<Dialect, ConstraintNamer> namers) {
        this.model = model;
        this.dialects = List.copyOf(dialects);
        this.namers = namers;
        this.tables = model.tables().stream().collect(Collectors.toMap(Table::name, t -> t, (a, b) -> a));
        this.entities = model.entities().stream().collect(Collectors.toMap(Entity::qualifiedName, e -> e));
        this.features = model.features().stream().collect(Collectors.toMap(Feature::slug, f -> f, (a, b) -> a));
    }

    /** Where a query is declared: its repository method, or the {@code name} value of its annotation. */
    public static Origin origin(DeclaredQuery query) {
        return query.method().isEmpty() ? Origin.of(query.declaredBy()).at(query.name()) : new Origin(query.declaredBy(), query.method());
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        for (Query query : model.queries()) {
            if (!query.analysed()) {
                problems.add(Problem.of(Message.QUERY_NOT_ANALYSED, origin(query.declared()), query.declared().name(), query.notAnalysed()));
                continue;
            }
            for (TableAccess access : query.accesses()) {
                Table table = tables.get(access.table());
                String volume = volume(table);
                if (table == null || access.equality().isEmpty() && access.ranges().isEmpty() || !Volume.matters(volume)) {
                    continue;
                }
                List<String> unserved = new ArrayList<>();
                IndexAdvisor.Advice wanted = null;
                for (Dialect dialect : dialects) {
                    IndexAdvisor.Advice advice = new IndexAdvisor(dialect, namers.apply(dialect)).advise(access, table);
                    if (!advice.served()) {
                        unserved.add(dialect.productName());
                        wanted = wanted == null ? advice : wanted;
                    }
                }
                if (wanted != null) {
                    String columns = String.join(", ", wanted.wantedColumns());
                    problems.add(Problem.of(Message.UNINDEXED_QUERY, origin(query.declared()), query.declared().name(), table.name(),
                            volume.isBlank() ? "no volume stated" : "volume: " + volume, describe(access), String.join(", ", unserved),
                            table.name() + "(" + columns + ")", wanted.wantedName(), columns, owner(table)));
                }
            }
        }
        return problems;
    }

    /** {@code status = and placed_at range}: what the access compares, in words. */
    static String describe(TableAccess access) {
        List<String> parts = new ArrayList<>();
        access.equality().forEach(c -> parts.add(c + " ="));
        access.ranges().forEach(c -> parts.add(c + " range"));
        return String.join(", ", parts);
    }

    /** The stated volume of the table's entity, else of its feature; empty when none is stated. */
    private String volume(Table table) {
        if (table == null) {
            return "";
        }
        Entity entity = entities.get(table.entity().isEmpty() ? table.secondaryOf() : table.entity());
        if (entity == null) {
            return "";
        }
        return entity.usage().volume().isBlank()
                ? Optional.ofNullable(features.get(entity.featureSlug())).map(f -> f.usage().volume()).orElse("")
                : entity.usage().volume();
    }

    private String owner(Table table) {
        Entity entity = entities.get(table.entity().isEmpty() ? table.secondaryOf() : table.entity());
        if (entity == null) {
            return "the @JoinTable or @CollectionTable of " + table.name();
        }
        return (table.isSecondaryTable() ? "the @SecondaryTable " + table.name() + " of " : "the @Table of ") + entity.simpleName();
    }
}
