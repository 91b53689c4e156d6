package io.modeldoc.processor.parity;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Fresh, isolated databases for one script each: embedded H2 in memory, a new schema on the PostgreSQL
 * server, a new database on the MariaDB server (which also runs the {@code mysql} scripts). A server that
 * cannot be reached is an assertion failure naming the URL: the parity suite never skips silently.
 * URLs and users can be overridden with system properties {@code modeldoc.parity.<server>.url|user|password}.
 * <p>A fixture's own catalogs and schemas get stand-ins named after the scratch database, so reruns and parallel
 * runs never meet, and closing drops them too: on PostgreSQL a schema {@code <scratch>_<schema>} per schema (catalogs
 * are not written there), on MariaDB a database {@code <scratch>_<catalog>} per catalog (schemas are not written
 * there), on H2, whose in-memory database is private anyway, the schemas as named and the catalog as the database
 * itself. With {@code createNamespaces} they are created beforehand, for a script that does not create them
 * (Hibernate's); without, the script must create them itself (ModelDoc's).
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
        return fresh(server, FixtureNamespaces.NONE, false);
    }

    /** A fresh database on the dialect's server with stand-ins for the fixture's namespaces, created or not. */
    public static ScratchDatabase fresh(ParityDialect dialect, FixtureNamespaces namespaces, boolean createNamespaces) {
        return fresh(dialect.server(), namespaces, createNamespaces);
    }

    private static ScratchDatabase fresh(ParityDialect.Server server, FixtureNamespaces namespaces, boolean createNamespaces) {
        String name = "parity_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        ScratchDatabase database = switch (server) {
            case H2 -> h2(name, namespaces);
            case POSTGRESQL -> namespaces.schemas().isEmpty() ? postgresql(name) : postgresql(name, namespaces);
            case MARIADB -> namespaces.catalogs().isEmpty() ? mariadb(name) : mariadb(name, namespaces);
        };
        if (createNamespaces) {
            createNamespaces(database);
        }
        return database;
    }

    private static void createNamespaces(ScratchDatabase database) {
        for (ScratchDatabase.Space space : database.spaces().subList(1, database.spaces().size())) {
            String sql = database.server() == ParityDialect.Server.MARIADB
                    ? "create database " + space.name()
                    : "create schema " + space.name();
            try {
                execute(database.connection(), sql);
            } catch (SQLException e) {
                database.close();
                throw new AssertionError("cannot run " + sql + " at " + database.url() + ": " + e.getMessage(), e);
            }
        }
    }

    private static ScratchDatabase h2(String name) {
        return h2(name, FixtureNamespaces.NONE);
    }

    private static ScratchDatabase h2(String name, FixtureNamespaces namespaces) {
        // Plain H2, no MODE: Hibernate's H2Dialect writes for H2's own syntax.
        return h2(name, namespaces, "");
    }

    /**
     * A fresh H2 database in one of its compatibility modes ({@code Oracle}, {@code MSSQLServer}), with the fixture's
     * schemas created beforehand or not: the weaker check of the dialects no server of runs here.
     */
    public static ScratchDatabase h2InMode(String mode, FixtureNamespaces namespaces, boolean createNamespaces) {
        ScratchDatabase database = h2("parity_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16), namespaces, mode);
        if (createNamespaces) {
            createNamespaces(database);
        }
        return database;
    }

    private static ScratchDatabase h2(String name, FixtureNamespaces namespaces, String mode) {
        if (namespaces.catalogs().size() > 1) {
            throw new IllegalArgumentException("H2 has one catalog, the database; the fixture names " + namespaces.catalogs());
        }
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + (mode.isEmpty() ? "" : ";MODE=" + mode);
        Connection connection = connect(url, "sa", "");
        Map<String, String> standIns = new TreeMap<>();
        namespaces.catalogs().forEach(catalog -> standIns.put(catalog, name));
        List<ScratchDatabase.Space> spaces = new ArrayList<>();
        namespaces.schemas().forEach(schema -> spaces.add(
                new ScratchDatabase.Space(null, schema.toUpperCase(Locale.ROOT), schema.toUpperCase(Locale.ROOT), schema)));
        return new ScratchDatabase(ParityDialect.Server.H2, url, connection, null, "PUBLIC",
                () -> execute(connection, "shutdown"), standIns, spaces);
    }

    /** A fresh schema for unqualified names, and one per fixture schema, all dropped on close. */
    private static ScratchDatabase postgresql(String name, FixtureNamespaces namespaces) {
        ScratchDatabase plain = postgresql(name);
        Map<String, String> standIns = new TreeMap<>();
        List<ScratchDatabase.Space> spaces = new ArrayList<>();
        for (String schema : namespaces.schemas()) {
            String standIn = name + "_" + schema.toLowerCase(Locale.ROOT);
            standIns.put(schema, standIn);
            spaces.add(new ScratchDatabase.Space(null, standIn, standIn, schema));
        }
        return new ScratchDatabase(ParityDialect.Server.POSTGRESQL, plain.url(), plain.connection(), null, name, () -> {
            try (Connection admin = connect(setting("postgresql", "url", POSTGRESQL_URL),
                    setting("postgresql", "user", "postgres"), setting("postgresql", "password", ""))) {
                for (String standIn : standIns.values()) {
                    execute(admin, "drop schema if exists " + standIn + " cascade");
                }
                execute(admin, "drop schema " + name + " cascade");
            }
        }, standIns, spaces);
    }

    /** A fresh database for unqualified names, and one per fixture catalog, all dropped on close. */
    private static ScratchDatabase mariadb(String name, FixtureNamespaces namespaces) {
        ScratchDatabase plain = mariadb(name);
        Map<String, String> standIns = new TreeMap<>();
        List<ScratchDatabase.Space> spaces = new ArrayList<>();
        for (String catalog : namespaces.catalogs()) {
            String standIn = name + "_" + catalog.toLowerCase(Locale.ROOT);
            standIns.put(catalog, standIn);
            spaces.add(new ScratchDatabase.Space(standIn, null, standIn, catalog));
        }
        return new ScratchDatabase(ParityDialect.Server.MARIADB, plain.url(), plain.connection(), name, null, () -> {
            try (Connection admin = connect(setting("mariadb", "url", MARIADB_URL),
                    setting("mariadb", "user", "root"), setting("mariadb", "password", ""))) {
                // Foreign keys may cross the databases either way; without this, the first drop can fail on them.
                execute(admin, "set foreign_key_checks = 0");
                for (String standIn : standIns.values()) {
                    execute(admin, "drop database if exists " + standIn);
                }
                execute(admin, "drop database " + name);
            }
        }, standIns, spaces);
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
