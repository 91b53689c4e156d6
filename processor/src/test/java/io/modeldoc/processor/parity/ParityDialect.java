package io.modeldoc.processor.parity;

import java.util.Arrays;
import java.util.Locale;

/**
 * The four dialects of {@code modeldoc.dialects}, with the database version the contract targets
 * and the server a script of that dialect runs on in the parity suite.
 */
public enum ParityDialect {

    POSTGRESQL("postgresql", "PostgreSQL", 15, 0, "PostgreSQLDialect", Server.POSTGRESQL),
    /** MySQL 8.4 scripts run on the MariaDB server: issue 3 has no MySQL server. */
    MYSQL("mysql", "MySQL", 8, 4, "MySQLDialect", Server.MARIADB),
    MARIADB("mariadb", "MariaDB", 10, 11, "MariaDBDialect", Server.MARIADB),
    H2("h2", "H2", 2, 3, "H2Dialect", Server.H2);

    /** The database servers the suite runs scripts on. */
    public enum Server { H2, POSTGRESQL, MARIADB }

    private final String option;
    private final String productName;
    private final int majorVersion;
    private final int minorVersion;
    private final String hibernateDialect;
    private final Server server;

    ParityDialect(String option, String productName, int majorVersion, int minorVersion, String hibernateDialect,
            Server server) {
        this.option = option;
        this.productName = productName;
        this.majorVersion = majorVersion;
        this.minorVersion = minorVersion;
        this.hibernateDialect = hibernateDialect;
        this.server = server;
    }

    /** The dialect named as in {@code modeldoc.dialects} ({@code postgresql}, {@code mysql}, {@code mariadb}, {@code h2}). */
    public static ParityDialect of(String option) {
        String wanted = option.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(d -> d.option.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown dialect '" + option + "'; expected one of postgresql, mysql, mariadb, h2"));
    }

    public String option() {
        return option;
    }

    /** The product name Hibernate's dialect resolution expects in {@code jakarta.persistence.database-product-name}. */
    public String productName() {
        return productName;
    }

    public int majorVersion() {
        return majorVersion;
    }

    public int minorVersion() {
        return minorVersion;
    }

    /** The simple name of the Hibernate dialect class the product name must resolve to. */
    public String hibernateDialect() {
        return hibernateDialect;
    }

    public Server server() {
        return server;
    }

    @Override
    public String toString() {
        return option;
    }
}
