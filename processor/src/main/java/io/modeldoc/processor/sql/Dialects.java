package io.modeldoc.processor.sql;

import java.util.List;

/**
 * The dialects ModelDoc writes scripts for, by their {@code modeldoc.dialects} option value: the only place that
 * knows the databases by name. Dialects hold no state, so each is one shared instance.
 */
public final class Dialects {

    /** Every dialect, in the order the option documents them. */
    public static final List<Dialect> ALL = List.of(new PostgreSqlDialect(), new MySqlDialect(), new MariaDbDialect(), new H2Dialect(),
            new OracleDialect(), new SqlServerDialect());

    /** The dialect when the option is not given. */
    public static final Dialect DEFAULT = ALL.get(0);

    /** The accepted names, in the order the option documents them. */
    public static final List<String> NAMES = ALL.stream().map(Dialect::name).toList();

    private Dialects() {
    }

    /**
     * The dialect of that name.
     *
     * @throws IllegalArgumentException when the name is not one of {@link #NAMES}
     */
    public static Dialect named(String name) {
        return ALL.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown dialect '" + name + "'; the dialects are " + NAMES + "."));
    }
}
