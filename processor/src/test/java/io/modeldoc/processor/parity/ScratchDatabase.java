package io.modeldoc.processor.parity;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A fresh, empty database (or schema) that exists only for one script; closing it drops everything.
 * {@code catalog} and {@code schema} scope {@link java.sql.DatabaseMetaData} look-ups to it.
 */
public final class ScratchDatabase implements AutoCloseable {

    /** Drops what {@link Databases} created for this database; runs once, on close. */
    @FunctionalInterface
    interface Disposal {
        void dispose() throws SQLException;
    }

    private final ParityDialect.Server server;
    private final String url;
    private final Connection connection;
    private final String catalog;
    private final String schema;
    private final Disposal disposal;

    ScratchDatabase(ParityDialect.Server server, String url, Connection connection, String catalog, String schema,
            Disposal disposal) {
        this.server = server;
        this.url = url;
        this.connection = connection;
        this.catalog = catalog;
        this.schema = schema;
        this.disposal = disposal;
    }

    public ParityDialect.Server server() {
        return server;
    }

    public String url() {
        return url;
    }

    public Connection connection() {
        return connection;
    }

    /** The JDBC catalog to scope metadata to, or {@code null} (MariaDB: the database). */
    public String catalog() {
        return catalog;
    }

    /** The JDBC schema to scope metadata to, or {@code null} (PostgreSQL: the fresh schema; H2: PUBLIC). */
    public String schema() {
        return schema;
    }

    /** The database or schema's own name: where information_schema look-ups must filter. */
    public String namespace() {
        return catalog != null ? catalog : schema;
    }

    /** Runs the statements in order; the first failure is an assertion failure naming the statement and the URL. */
    public void run(List<String> statements, String origin) {
        try (Statement jdbc = connection.createStatement()) {
            for (int i = 0; i < statements.size(); i++) {
                String sql = statements.get(i);
                try {
                    jdbc.execute(sql);
                } catch (SQLException e) {
                    throw new AssertionError(origin + ": statement " + (i + 1) + " of " + statements.size()
                            + " fails on " + url + ": " + e.getMessage() + "\n  " + sql, e);
                }
            }
        } catch (SQLException e) {
            throw new AssertionError(origin + ": cannot run statements on " + url + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try (connection) {
            disposal.dispose();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop scratch database " + namespace() + " at " + url, e);
        }
    }
}
