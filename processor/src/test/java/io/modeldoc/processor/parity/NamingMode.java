package io.modeldoc.processor.parity;

import java.util.Arrays;
import java.util.Locale;

/** The values of {@code modeldoc.naming}, and how Hibernate is configured to name things the same way. */
public enum NamingMode {

    /** Hibernate ORM's defaults: JPA-compliant implicit names, physical names as written. */
    JPA("jpa"),
    /** What a Spring Boot application gets: snake-case physical names, join tables named {@code <owner table>_<attribute>}. */
    SNAKE_CASE("snake_case");

    private final String option;

    NamingMode(String option) {
        this.option = option;
    }

    public static NamingMode of(String option) {
        String wanted = option.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(n -> n.option.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown naming '" + option + "'; expected jpa or snake_case"));
    }

    /** The value of {@code modeldoc.naming}. */
    public String option() {
        return option;
    }

    @Override
    public String toString() {
        return option;
    }
}
