package io.modeldoc.processor.parity;

import java.util.Arrays;
import java.util.Locale;

/**
 * The dialects of {@code modeldoc.dialects}, with the database version the contract targets and the server a
 * script of that dialect runs on in the parity suite. Oracle and SQL Server have no server here: their scripts
 * are parsed ({@link ScriptCatalog}), and run on H2 in its compatibility mode as a weaker second check.
 */
public enum ParityDialect {

    POSTGRESQL("postgresql", "PostgreSQL", 15, 0, "PostgreSQLDialect", Server.POSTGRESQL),
    /** MySQL 8.4 scripts run on the MariaDB server: issue 3 has no MySQL server. */
    MYSQL("mysql", "MySQL", 8, 4, "MySQLDialect", Server.MARIADB),
    MARIADB("mariadb", "MariaDB", 10, 11, "MariaDBDialect", Server.MARIADB),
    H2("h2", "H2", 2, 3, "H2Dialect", Server.H2),
    /** Oracle Database 19c: parsed, not run. */
    ORACLE("oracle", "Oracle", 19, 0, "OracleDialect", null),
    /** SQL Server 2022 (version 16): parsed, not run. */
    SQLSERVER("sqlserver", "Microsoft SQL Server", 16, 0, "SQLServerDialect", null);

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
                        "unknown dialect '" + option + "'; expected one of postgresql, mysql, mariadb, h2, oracle, sqlserver"));
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

    /** Whether a server of this database runs here, so that scripts are compared on it; else they are parsed. */
    public boolean live() {
        return server != null;
    }

    /** The server that runs this dialect's scripts. */
    public Server server() {
        if (server == null) {
            throw new IllegalStateException("no " + productName + " server runs here: " + option + " scripts are parsed"
                    + " (ScriptCatalog) or run on H2 in its compatibility mode (H2Modes)");
        }
        return server;
    }

    @Override
    public String toString() {
        return option;
    }
}
