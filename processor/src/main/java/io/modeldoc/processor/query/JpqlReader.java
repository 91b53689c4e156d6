package io.modeldoc.processor.query;

import io.modeldoc.processor.query.JpqlTokens.Kind;
import io.modeldoc.processor.query.JpqlTokens.Token;
import io.modeldoc.processor.query.QueryShape.Condition;
import io.modeldoc.processor.query.QueryShape.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads what a JPQL statement searches by, best effort: {@code select … from Entity alias}, {@code join}s along
 * association paths (inner, left, fetch, with {@code on}), a {@code where} of comparisons ({@code =}, {@code <>},
 * {@code <}, {@code >}, {@code <=}, {@code >=}, {@code between}, {@code like}, {@code in}, {@code is [not] null},
 * {@code is [not] empty}, {@code member of}) joined by {@code and}, {@code or} and {@code not}, with parameters and
 * literals, and an {@code order by} of paths; {@code delete from} and {@code update … set} likewise. What it cannot
 * read for sure (several entities in {@code from}, subqueries, joins on entities rather than paths) is refused with the
 * reason, never guessed.
 */
public final class JpqlReader {

    private static final Set<String> CLAUSE_ENDS = Set.of("where", "group", "having", "order", "join", "left", "inner",
            "right", "full", "cross", "on", "set");

    private final JpqlTokens tokens;
    private final Set<String> aliases = new TreeSet<>();
    private String root;
    private String rootAlias = "";
    private final List<QueryShape.Join> joins = new ArrayList<>();

    private JpqlReader(String statement) {
        this.tokens = JpqlTokens.of(statement);
    }

    /** What a statement searches by, or why it cannot be read. */
    public record Result(QueryShape shape, String refusal) {

        public boolean read() {
            return shape != null;
        }
    }

    public static Result read(String statement) {
        try {
            return new Result(new JpqlReader(statement).statement(), null);
        } catch (Unanalysable e) {
            return new Result(null, e.getMessage());
        }
    }

    private QueryShape statement() {
        JpqlCondition where = null;
        List<QueryShape.Sort> orderBy = List.of();
        if (tokens.accept("delete")) {
            tokens.accept("from");
            rangeVariable();
        } else if (tokens.accept("update")) {
            rangeVariable();
            expect("set");
            skipToClause(Set.of("where"));
        } else {
            if (tokens.accept("select")) {
                skipToClause(Set.of("from"));
            }
            expect("from");
            rangeVariable();
            if (tokens.acceptSymbol(",")) {
                throw new Unanalysable("it lists several entities in from (a theta join)");
            }
        }
        List<JpqlCondition> on = new ArrayList<>();
        while (joinStarts()) {
            on.addAll(join());
        }
        if (tokens.accept("where")) {
            where = or();
        }
        if (!on.isEmpty()) {
            List<JpqlCondition> all = new ArrayList<>(on);
            if (where != null) {
                all.add(where);
            }
            where = new JpqlCondition.And(all);
        }
        if (tokens.accept("group")) {
            expect("by");
            skipToClause(Set.of("order"));
        }
        if (tokens.accept("having")) {
            skipToClause(Set.of("order"));
        }
        if (tokens.accept("order")) {
            expect("by");
            orderBy = orderBy();
        }
        if (!tokens.atEnd()) {
            throw new Unanalysable("it goes on after what this reader understands, at '" + tokens.peek().text() + "'");
        }
        List<List<Condition>> branches = where == null ? List.of(List.of()) : where.branches();
        if (branches.size() > JpqlCondition.MAX_BRANCHES) {
            throw new Unanalysable("its condition has more than " + JpqlCondition.MAX_BRANCHES + " alternatives");
        }
        return new QueryShape(root, rootAlias, joins, branches, orderBy);
    }

    private void rangeVariable() {
        Token name = tokens.take();
        if (name.kind() != Kind.WORD) {
            throw new Unanalysable("it names no entity after from");
        }
        StringBuilder entity = new StringBuilder(name.text());
        while (tokens.acceptSymbol(".")) {
            entity.append('.').append(tokens.take().text());
        }
        root = entity.toString();
        tokens.accept("as");
        if (tokens.peek().kind() == Kind.WORD && !CLAUSE_ENDS.contains(tokens.peek().lower())) {
            rootAlias = tokens.take().lower();
            aliases.add(rootAlias);
        }
    }

    private boolean joinStarts() {
        Token t = tokens.peek();
        return t.is("join") || t.is("left") || t.is("inner") || t.is("right") || t.is("full") || t.is("cross");
    }

    /** One join; returns its {@code on} condition, if any. */
    private List<JpqlCondition> join() {
        if (tokens.accept("right") || tokens.accept("full") || tokens.accept("cross")) {
            throw new Unanalysable("it uses a right, full or cross join");
        }
        tokens.accept("left");
        tokens.accept("inner");
        tokens.accept("outer");
        expect("join");
        tokens.accept("fetch");
        if (tokens.peek().is("treat")) {
            throw new Unanalysable("it joins with treat()");
        }
        Token first = tokens.take();
        Path path = path(first);
        if (path.attributes().isEmpty() || !aliases.contains(first.lower()) && !rootAlias.isEmpty()) {
            throw new Unanalysable("it joins an entity rather than an association path");
        }
        tokens.accept("as");
        String alias = "";
        if (tokens.peek().kind() == Kind.WORD && !CLAUSE_ENDS.contains(tokens.peek().lower())) {
            alias = tokens.take().lower();
            aliases.add(alias);
        }
        joins.add(new QueryShape.Join(path, alias));
        return tokens.accept("on") || tokens.accept("with") ? List.of(or()) : List.of();
    }

    private List<QueryShape.Sort> orderBy() {
        List<QueryShape.Sort> sorts = new ArrayList<>();
        boolean usable = true;
        do {
            Operand item = operand();
            boolean descending = tokens.accept("desc");
            if (!descending) {
                tokens.accept("asc");
            }
            if (tokens.accept("nulls")) {
                tokens.take();
            }
            // Only a run of plain paths can be an index's order; a sort key after an expression cannot.
            usable &= item.path() != null;
            if (usable) {
                sorts.add(new QueryShape.Sort(item.path(), descending));
            }
        } while (tokens.acceptSymbol(","));
        return sorts;
    }

    // Conditions: or → and → not → predicate

    private JpqlCondition or() {
        List<JpqlCondition> any = new ArrayList<>(List.of(and()));
        while (tokens.accept("or")) {
            any.add(and());
        }
        return any.size() == 1 ? any.get(0) : new JpqlCondition.Or(any);
    }

    private JpqlCondition and() {
        List<JpqlCondition> all = new ArrayList<>(List.of(not()));
        while (tokens.accept("and")) {
            all.add(not());
        }
        return all.size() == 1 ? all.get(0) : new JpqlCondition.And(all);
    }

    private JpqlCondition not() {
        if (tokens.accept("not")) {
            return not().negated();
        }
        if (tokens.peek().is("exists")) {
            throw new Unanalysable("it has a subquery (exists)");
        }
        if (tokens.peek().isSymbol("(") && !startsOperandGroup()) {
            tokens.take();
            JpqlCondition inner = or();
            expectSymbol(")");
            return inner;
        }
        return predicate();
    }

    /** Whether the parenthesis ahead opens an operand, e.g. {@code (o.total * 2) > :x}, rather than a condition. */
    private boolean startsOperandGroup() {
        if (tokens.peek(1).is("select")) {
            throw new Unanalysable("it has a subquery");
        }
        int depth = 0;
        for (int i = 0; ; i++) {
            Token t = tokens.peek(i);
            if (t.kind() == Kind.END) {
                return false;
            }
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")") && --depth == 0) {
                Token after = tokens.peek(i + 1);
                return after.kind() == Kind.SYMBOL && !after.isSymbol(")") || after.is("between") || after.is("like")
                        || after.is("in") || after.is("is") || after.is("not") && !tokens.peek(i + 2).is("exists");
            } else if (depth == 1 && (t.is("and") || t.is("or"))) {
                return false;
            }
        }
    }

    private JpqlCondition predicate() {
        Operand left = operand();
        boolean negated = tokens.accept("not");
        if (tokens.accept("is")) {
            boolean isNot = tokens.accept("not");
            if (tokens.accept("null")) {
                return leaf(left, isNot || negated ? Keyword.Use.NONE : Keyword.Use.EQUALITY);
            }
            expect("empty");
            return leaf(left, Keyword.Use.NONE);
        }
        if (tokens.accept("between")) {
            operand();
            expect("and");
            operand();
            return leaf(left, negated ? Keyword.Use.NONE : Keyword.Use.RANGE);
        }
        if (tokens.accept("like") || tokens.accept("ilike")) {
            Operand pattern = operand();
            if (tokens.accept("escape")) {
                operand();
            }
            boolean prefix = pattern.literal() != null && !pattern.literal().isEmpty()
                    && pattern.literal().charAt(0) != '%' && pattern.literal().charAt(0) != '_';
            return leaf(left, prefix && !negated ? Keyword.Use.RANGE : Keyword.Use.NONE);
        }
        if (tokens.accept("in")) {
            if (tokens.acceptSymbol("(")) {
                if (tokens.peek().is("select")) {
                    throw new Unanalysable("it has a subquery (in)");
                }
                do {
                    operand();
                } while (tokens.acceptSymbol(","));
                expectSymbol(")");
            } else {
                operand();
            }
            return leaf(left, negated ? Keyword.Use.NONE : Keyword.Use.EQUALITY);
        }
        if (tokens.accept("member")) {
            tokens.accept("of");
            operand();
            return leaf(left, Keyword.Use.NONE);
        }
        if (negated) {
            throw new Unanalysable("it has 'not' where a comparison was expected");
        }
        Token op = tokens.take();
        if (op.kind() != Kind.SYMBOL || !List.of("=", "<>", "!=", "<", ">", "<=", ">=").contains(op.text())) {
            throw new Unanalysable("it has '" + op.text() + "' where a comparison was expected");
        }
        Operand right = operand();
        Keyword.Use use = switch (op.text()) {
            case "=" -> Keyword.Use.EQUALITY;
            case "<>", "!=" -> Keyword.Use.NONE;
            default -> Keyword.Use.RANGE;
        };
        // A path compared with a value can use an index on the path's columns; path with path is a join's business.
        if (left.path() != null && right.path() == null) {
            return leaf(left, use);
        }
        if (right.path() != null && left.path() == null) {
            return leaf(right, use);
        }
        return new JpqlCondition.And(List.of());
    }

    private JpqlCondition leaf(Operand operand, Keyword.Use use) {
        return operand.path() == null ? new JpqlCondition.And(List.of()) : new JpqlCondition.Leaf(new Condition(operand.path(), use));
    }

    /** A value: a path, a parameter, a literal, or an expression (a function, arithmetic), which no index serves. */
    private record Operand(Path path, String literal) {
    }

    private Operand operand() {
        Operand first = simpleOperand();
        if (isArithmetic(tokens.peek())) {
            while (isArithmetic(tokens.peek())) {
                tokens.take();
                simpleOperand();
            }
            return new Operand(null, null);
        }
        return first;
    }

    private static boolean isArithmetic(Token t) {
        return t.kind() == Kind.SYMBOL && List.of("+", "-", "*", "/", "||").contains(t.text());
    }

    private Operand simpleOperand() {
        Token t = tokens.take();
        switch (t.kind()) {
            case PARAMETER, NUMBER:
                return new Operand(null, null);
            case STRING:
                return new Operand(null, t.text());
            case SYMBOL:
                if (t.isSymbol("(")) {
                    if (tokens.peek().is("select")) {
                        throw new Unanalysable("it has a subquery");
                    }
                    Operand inner = operand();
                    expectSymbol(")");
                    return inner;
                }
                if (t.isSymbol("-") || t.isSymbol("+")) {
                    simpleOperand();
                    return new Operand(null, null);
                }
                throw new Unanalysable("it has '" + t.text() + "' where a value was expected");
            case WORD:
                if (tokens.peek().isSymbol("(")) {
                    skipParentheses();
                    return new Operand(null, null);
                }
                if (t.is("case")) {
                    throw new Unanalysable("it has a case expression");
                }
                if (t.is("null") || t.is("true") || t.is("false") || t.lower().startsWith("current_")) {
                    return new Operand(null, null);
                }
                Path path = path(t);
                // A dotted name that starts at no alias is a constant (an enum, a static field), not a path.
                boolean constant = !rootAlias.isEmpty() && !aliases.contains(t.lower()) && path.attributes().size() > 1;
                return constant ? new Operand(null, null) : new Operand(path, null);
            default:
                throw new Unanalysable("it ends where a value was expected");
        }
    }

    /** {@code o.customer.email}: an alias, then attribute names; without a known alias, attributes of the root. */
    private Path path(Token first) {
        if (first.kind() != Kind.WORD) {
            throw new Unanalysable("it has '" + first.text() + "' where a path was expected");
        }
        List<String> words = new ArrayList<>(List.of(first.text()));
        while (tokens.acceptSymbol(".")) {
            Token next = tokens.take();
            if (next.kind() != Kind.WORD) {
                throw new Unanalysable("it has '" + next.text() + "' in a path");
            }
            words.add(next.text());
        }
        String head = words.get(0).toLowerCase(java.util.Locale.ROOT);
        if (aliases.contains(head)) {
            return new Path(head.equals(rootAlias) ? "" : head, words.subList(1, words.size()));
        }
        return new Path("", words);
    }

    private void skipParentheses() {
        expectSymbol("(");
        int depth = 1;
        while (depth > 0) {
            Token t = tokens.take();
            if (t.kind() == Kind.END) {
                throw new Unanalysable("a parenthesis is not closed");
            }
            if (t.is("select")) {
                throw new Unanalysable("it has a subquery");
            }
            depth += t.isSymbol("(") ? 1 : t.isSymbol(")") ? -1 : 0;
        }
    }

    /** Skips to the first of {@code words} outside parentheses (or to the end). */
    private void skipToClause(Set<String> words) {
        int depth = 0;
        while (!tokens.atEnd() && !(depth == 0 && words.contains(tokens.peek().lower()) && tokens.peek().kind() == Kind.WORD)) {
            Token t = tokens.take();
            depth += t.isSymbol("(") ? 1 : t.isSymbol(")") ? -1 : 0;
            if (depth > 0 && t.is("select")) {
                throw new Unanalysable("it has a subquery");
            }
        }
    }

    private void expect(String word) {
        if (tokens.atEnd()) {
            throw new Unanalysable("it ends where '" + word + "' was expected");
        }
        if (!tokens.accept(word)) {
            throw new Unanalysable("it has '" + tokens.peek().text() + "' where '" + word + "' was expected");
        }
    }

    private void expectSymbol(String symbol) {
        if (!tokens.acceptSymbol(symbol)) {
            throw new Unanalysable("it has '" + tokens.peek().text() + "' where '" + symbol + "' was expected");
        }
    }
}
