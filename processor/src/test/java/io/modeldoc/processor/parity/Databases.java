package io.modeldoc.processor.parity;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Fresh, isolated databases for one script each: embedded H2 in memory, a new schema on the PostgreSQL
 * server, a new database on the MariaDB server (which also runs the {@code mysql} scripts). A server that
 * cannot be reached is an assertion failure naming the URL: the parity suite never skips silently.
 * URLs and users can be overridden with system properties {@code modeldoc.parity.<server>.url|user|password}.
 */
public final class Databases {

    static final String POSTGRESQL_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String MARIADB_URL = "jdbc:mariadb://127.0.0.1:3306/";

    private Databases() {
    }

    /** A fresh database on the server that runs the dialect's scripts. */
    public static ScratchDatabase fresh(ParityDialect dialect) {
        return fresh(dialect.server());
    }

    public static ScratchDatabase fresh(ParityDialect.Server server) {
        String name = "parity_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        return switch (server) {
            case H2 -> h2(name);
            case POSTGRESQL -> postgresql(name);
            case MARIADB -> mariadb(name);
        };
    }

    private static ScratchDatabase h2(String name) {
        // Plain H2, no MODE: Hibernate's H2Dialect writes for H2's own syntax.
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        Connection connection = connect(url, "sa", "");
        return new ScratchDatabase(ParityDialect.Server.H2, url, connection, null, "PUBLIC",
                () -> execute(connection, "shutdown"));
    }

    private static ScratchDatabase postgresql(String name) {
        String serverUrl = setting("postgresql", "url", POSTGRESQL_URL);
        String user = setting("postgresql", "user", "postgres");
        String password = setting("postgresql", "password", "");
        try (Connection admin = connect(serverUrl, user, password)) {
            execute(admin, "create schema " + name);
        } catch (SQLException e) {
            throw new AssertionError("cannot create schema " + name + " at " + serverUrl + ": " + e.getMessage(), e);
        }
        // currentSchema makes every unqualified name of the script land in the fresh schema.
        String url = serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
        Connection connection = connect(url, user, password);
        return new ScratchDatabase(ParityDialect.Server.POSTGRESQL, url, connection, null, name, () -> {
            try (Connection admin = connect(serverUrl, user, password)) {
                execute(admin, "drop schema " + name + " cascade");
            }
        });
    }

    private static ScratchDatabase mariadb(String name) {
        String serverUrl = setting("mariadb", "url", MARIADB_URL);
        String user = setting("mariadb", "user", "root");
        String password = setting("mariadb", "password", "");
        try (Connection admin = connect(serverUrl, user, password)) {
            execute(admin, "create database " + name);
        } catch (SQLException e) {
            throw new AssertionError("cannot create database " + name + " at " + serverUrl + ": " + e.getMessage(), e);
        }
        String url = (serverUrl.endsWith("/") ? serverUrl : serverUrl + "/") + name;
        Connection connection = connect(url, user, password);
        return new ScratchDatabase(ParityDialect.Server.MARIADB, url, connection, name, null, () -> {
            try (Connection admin = connect(serverUrl, user, password)) {
                execute(admin, "drop database " + name);
            }
        });
    }

    private static Connection connect(String url, String user, String password) {
        try {
            return DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            throw new AssertionError("cannot connect to " + url + " as " + user + ": " + e.getMessage()
                    + " (the parity suite needs this server running)", e);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String setting(String server, String key, String fallback) {
        return System.getProperty("modeldoc.parity." + server.toLowerCase(Locale.ROOT) + "." + key, fallback);
    }
}
