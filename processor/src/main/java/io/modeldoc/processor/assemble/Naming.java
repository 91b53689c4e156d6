package io.modeldoc.processor.assemble;

import java.util.Locale;

/**
 * Physical names ({@code modeldoc.naming}): Hibernate's JPA-compliant defaults keep logical names
 * as written; {@code snake_case} is what a Spring Boot application gets by default.
 */
public interface Naming {

    /** The physical name of a table, column or sequence. */
    String physical(String logical);

    /** The implicit name of an association's join table. */
    default String joinTable(String ownerTable, String targetTable, String attribute) {
        return physical(implicitJoinTable(ownerTable, targetTable, attribute));
    }

    /** The join table's implicit name before the physical naming: what Hibernate quotes when a table it is made from is quoted. */
    String implicitJoinTable(String ownerTable, String targetTable, String attribute);

    /** Hibernate's {@code ImplicitNamingStrategyJpaCompliantImpl} with no physical change. */
    Naming JPA = new Naming() {
        @Override
        public String physical(String logical) {
            return logical;
        }

        @Override
        public String implicitJoinTable(String ownerTable, String targetTable, String attribute) {
            return ownerTable + "_" + targetTable;
        }
    };

    /** Hibernate's {@code PhysicalNamingStrategySnakeCaseImpl} with Spring's implicit join-table names. */
    Naming SNAKE_CASE = new Naming() {
        @Override
        public String physical(String logical) {
            return snakeCase(logical);
        }

        @Override
        public String implicitJoinTable(String ownerTable, String targetTable, String attribute) {
            return ownerTable + "_" + attribute;
        }
    };

    /**
     * {@code addressLine1} → {@code address_line1}, {@code orderID} → {@code orderid}: an underscore
     * goes before an upper-case letter only between lower-case letters or digits. Quoted names stay.
     */
    static String snakeCase(String name) {
        if (name.startsWith("\"") || name.startsWith("`")) {
            return name;
        }
        String text = name.replace('.', '_');
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char current = text.charAt(i);
            if (i > 0 && i < text.length() - 1 && Character.isUpperCase(current)
                    && isLowerOrDigit(text.charAt(i - 1)) && isLowerOrDigit(text.charAt(i + 1))) {
                out.append('_');
            }
            out.append(current);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isLowerOrDigit(char c) {
        return Character.isLowerCase(c) || Character.isDigit(c);
    }
}
