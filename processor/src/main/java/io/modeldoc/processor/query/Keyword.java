package io.modeldoc.processor.query;

import java.util.List;

/**
 * The predicate keywords of Spring Data's derived queries, with the spellings its reference documentation lists,
 * and how an index can use each: to look up equal values, to scan a range, or not at all (the database filters
 * the rows some other access found).
 */
public enum Keyword {
    EQUALS(Use.EQUALITY, "Is", "Equals"),
    NOT(Use.NONE, "IsNot", "Not"),
    LIKE(Use.NONE, "IsLike", "Like"),
    NOT_LIKE(Use.NONE, "IsNotLike", "NotLike"),
    /** A prefix match: {@code value%} is a range of an index in the column's order. */
    STARTING_WITH(Use.RANGE, "IsStartingWith", "StartingWith", "StartsWith"),
    ENDING_WITH(Use.NONE, "IsEndingWith", "EndingWith", "EndsWith"),
    CONTAINING(Use.NONE, "IsContaining", "Containing", "Contains"),
    NOT_CONTAINING(Use.NONE, "IsNotContaining", "NotContaining", "NotContains"),
    BETWEEN(Use.RANGE, "IsBetween", "Between"),
    LESS_THAN(Use.RANGE, "IsLessThan", "LessThan"),
    LESS_THAN_EQUAL(Use.RANGE, "IsLessThanEqual", "LessThanEqual"),
    GREATER_THAN(Use.RANGE, "IsGreaterThan", "GreaterThan"),
    GREATER_THAN_EQUAL(Use.RANGE, "IsGreaterThanEqual", "GreaterThanEqual"),
    BEFORE(Use.RANGE, "IsBefore", "Before"),
    AFTER(Use.RANGE, "IsAfter", "After"),
    IS_NULL(Use.EQUALITY, "IsNull", "Null"),
    IS_NOT_NULL(Use.NONE, "IsNotNull", "NotNull"),
    /** Several equal values: each one an index look-up. */
    IN(Use.EQUALITY, "IsIn", "In"),
    NOT_IN(Use.NONE, "IsNotIn", "NotIn"),
    TRUE(Use.EQUALITY, "IsTrue", "True"),
    FALSE(Use.EQUALITY, "IsFalse", "False"),
    IS_EMPTY(Use.NONE, "IsEmpty", "Empty"),
    IS_NOT_EMPTY(Use.NONE, "IsNotEmpty", "NotEmpty"),
    /** Keywords of other stores (geo, regex, existence): Spring Data JPA refuses them, so a query with one is not analysed. */
    UNSUPPORTED(Use.NONE, "IsNear", "Near", "IsWithin", "Within", "MatchesRegex", "Matches", "Regex", "Exists");

    /** How an index can serve a condition. */
    public enum Use { EQUALITY, RANGE, NONE }

    private final Use use;
    private final List<String> spellings;

    Keyword(Use use, String... spellings) {
        this.use = use;
        this.spellings = List.of(spellings);
    }

    public Use use() {
        return use;
    }

    List<String> spellings() {
        return spellings;
    }
}
