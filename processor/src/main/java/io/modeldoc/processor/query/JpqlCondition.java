package io.modeldoc.processor.query;

import io.modeldoc.processor.query.QueryShape.Condition;
import java.util.ArrayList;
import java.util.List;

/** A JPQL condition as a tree, read as alternatives of conjunctions (its disjunctive normal form). */
sealed interface JpqlCondition permits JpqlCondition.Leaf, JpqlCondition.And, JpqlCondition.Or {

    /** More alternatives than this in one condition are not worth spelling out, access by access. */
    int MAX_BRANCHES = 16;

    List<List<Condition>> branches();

    /** Under {@code not}, no comparison can use an index: every one becomes a filter. */
    JpqlCondition negated();

    record Leaf(Condition condition) implements JpqlCondition {
        public List<List<Condition>> branches() {
            return List.of(List.of(condition));
        }

        public JpqlCondition negated() {
            return new Leaf(new Condition(condition.path(), Keyword.Use.NONE));
        }
    }

    record And(List<JpqlCondition> all) implements JpqlCondition {
        public List<List<Condition>> branches() {
            List<List<Condition>> result = List.of(List.of());
            for (JpqlCondition part : all) {
                List<List<Condition>> next = new ArrayList<>();
                for (List<Condition> left : result) {
                    for (List<Condition> right : part.branches()) {
                        List<Condition> both = new ArrayList<>(left);
                        both.addAll(right);
                        next.add(both);
                    }
                }
                if (next.size() > MAX_BRANCHES) {
                    throw new Unanalysable("its condition has more than " + MAX_BRANCHES + " alternatives");
                }
                result = next;
            }
            return result;
        }

        /** {@code not (a and b)} leaves no comparison an index can use either: one conjunction of filters says so. */
        public JpqlCondition negated() {
            return new And(all.stream().map(JpqlCondition::negated).toList());
        }
    }

    record Or(List<JpqlCondition> any) implements JpqlCondition {
        public List<List<Condition>> branches() {
            List<List<Condition>> result = new ArrayList<>();
            any.forEach(part -> result.addAll(part.branches()));
            return result;
        }

        /** {@code not (a or b)} is {@code not a and not b}. */
        public JpqlCondition negated() {
            return new And(any.stream().map(JpqlCondition::negated).toList());
        }
    }
}
