package io.modeldoc.processor.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * What every grammar rule of one seed shares: the random source, the pattern switches, and the name factory.
 * Every field, column and table name is unique within the seed (a counter), so two rules never collide on a
 * name and Hibernate never sees a repeated column it would reject.
 */
final class SeedContext {

    private static final List<String> WORDS = List.of("amount", "title", "code", "status", "label", "rating", "price",
            "createdAt", "note", "level", "weight", "city", "street", "count", "flag", "period", "owner", "region",
            "score", "payload", "version", "kind", "rank", "size", "total", "zone", "detail", "since", "until", "value");

    private final long seed;
    private final Random random;
    private final Set<KnownDefect> enabled;
    private int counter;

    SeedContext(long seed, Set<KnownDefect> enabled) {
        this.seed = seed;
        // Mixed, so that seeds 1, 2, 3 do not start with correlated draws.
        this.random = new Random(seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
        this.enabled = enabled;
    }

    long seed() {
        return seed;
    }

    String prefix() {
        return FuzzModel.prefixOf(seed);
    }

    String packageName() {
        return FuzzModel.packageOf(seed);
    }

    /** Whether the grammar may produce a known defect's pattern. */
    boolean allows(KnownDefect defect) {
        return defect == null || enabled.contains(defect);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A number in {@code [low, high]}. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** Draws from the choices whose pattern switch is on. */
    BasicType basicType() {
        List<BasicType> allowed = new ArrayList<>();
        for (BasicType type : BasicType.ALL) {
            if (allows(type.requires())) {
                allowed.add(type);
            }
        }
        return pick(allowed);
    }

    private int next() {
        return ++counter;
    }

    /** A field name, camel case so that snake_case naming has work to do: {@code createdAt7}. */
    String field() {
        return pick(WORDS) + next();
    }

    String field(String word) {
        return word + next();
    }

    /** An explicit column name, lower case with underscores, the same under both namings: {@code c_title_8}. */
    String column(String field) {
        return "c_" + field.toLowerCase(Locale.ROOT) + "_" + next();
    }

    /** An explicit table or sequence name, starting with the seed so that facts can be traced back to it. */
    String table(String word) {
        return prefix().toLowerCase(Locale.ROOT) + "_" + word + next();
    }

    /** A class name: {@code S7Order3}. */
    String className(String word) {
        return prefix() + word + next();
    }

    String qualified(String simpleName) {
        return packageName() + "." + simpleName;
    }
}
