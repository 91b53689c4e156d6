package io.modeldoc.processor.sql;

import java.util.List;

/** The dialects ModelDoc writes scripts for, by their {@code modeldoc.dialects} option value. */
public final class Dialects {

    /** The accepted names, in the order the option documents them. */
    public static final List<String> NAMES = List.of("postgresql", "mysql", "mariadb", "h2");

    private Dialects() {
    }

    /**
     * The dialect of that name.
     *
     * @throws IllegalArgumentException when the name is not one of {@link #NAMES}
     */
    public static Dialect named(String name) {
        return switch (name) {
            case "postgresql" -> new PostgreSqlDialect();
            case "mysql" -> new MySqlDialect();
            case "mariadb" -> new MariaDbDialect();
            case "h2" -> new H2Dialect();
            default -> throw new IllegalArgumentException("Unknown dialect '" + name + "'; the dialects are " + NAMES + ".");
        };
    }
}
