package io.modeldoc.processor.parity;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh, empty database (or schema) that exists only for one script; closing it drops everything.
 * {@code catalog} and {@code schema} scope {@link java.sql.DatabaseMetaData} look-ups to it.
 * <p>A fixture's own catalogs and schemas ({@link FixtureNamespaces}) get stand-ins private to this database:
 * {@link #run} rewrites their names in each statement ({@code tables_billing.invoice} becomes
 * {@code parity_1a2b..._tables_billing.invoice} on PostgreSQL), and {@link #spaces()} maps them back, so the
 * catalog reads the fixture's names whatever the run.
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
    private final Map<String, String> standIns;
    private final List<Space> spaces;

    /**
     * One namespace of the scratch database that the catalog reads.
     *
     * @param catalog the JDBC catalog to scope metadata to, or {@code null}
     * @param schema  the JDBC schema to scope metadata to, or {@code null}
     * @param name    the database or schema's real name: where information_schema look-ups filter
     * @param label   the fixture's name for it, which qualifies its tables in facts; empty for the default one
     */
    public record Space(String catalog, String schema, String name, String label) {
    }

    ScratchDatabase(ParityDialect.Server server, String url, Connection connection, String catalog, String schema,
            Disposal disposal) {
        this(server, url, connection, catalog, schema, disposal, Map.of(), List.of());
    }

    /**
     * @param standIns fixture namespace name to the real one here, for {@link #run} to rewrite
     * @param extra    the spaces besides the default one
     */
    ScratchDatabase(ParityDialect.Server server, String url, Connection connection, String catalog, String schema,
            Disposal disposal, Map<String, String> standIns, List<Space> extra) {
        this.server = server;
        this.url = url;
        this.connection = connection;
        this.catalog = catalog;
        this.schema = schema;
        this.disposal = disposal;
        this.standIns = new TreeMap<>(standIns);
        List<Space> all = new ArrayList<>();
        all.add(new Space(catalog, schema, catalog != null ? catalog : schema, ""));
        all.addAll(extra);
        this.spaces = List.copyOf(all);
    }

    /** The default namespace first, then the fixture's own, each with the label its tables carry in facts. */
    public List<Space> spaces() {
        return spaces;
    }

    /**
     * The statement with each fixture namespace name replaced by its stand-in. Fixture namespace names are
     * chosen to be used for nothing else ({@code tables_billing}), so a whole-word match finds only them, bare or quoted.
     */
    public String localize(String sql) {
        String localized = sql;
        for (Map.Entry<String, String> standIn : standIns.entrySet()) {
            localized = Pattern.compile("\\b" + Pattern.quote(standIn.getKey()) + "\\b", Pattern.CASE_INSENSITIVE)
                    .matcher(localized).replaceAll(Matcher.quoteReplacement(standIn.getValue()));
        }
        return localized;
    }

    /** The label of a namespace's real name as metadata reports it; empty for the default one or one not known. */
    public String labelOf(String realName) {
        if (realName == null) {
            return "";
        }
        return spaces.stream().filter(s -> s.name() != null && s.name().equalsIgnoreCase(realName)).map(Space::label)
                .findFirst().orElse("");
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
                String sql = localize(statements.get(i));
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
