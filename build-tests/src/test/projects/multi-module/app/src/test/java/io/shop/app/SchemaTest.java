package io.shop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What an application with both modules does: create catalog's tables, then orders', whose foreign
 * key references catalog's book table. Catalog's jar comes first on this class path.
 */
class SchemaTest {

    @Test
    void eachModuleReadsItsOwnScriptsWithCatalogFirst() {
        assertTrue(io.shop.catalog.ModelDocSchema.ddl("h2").contains("create table book"));
        assertFalse(io.shop.catalog.ModelDocSchema.ddl("h2").contains("PurchaseOrder"));
        assertTrue(io.shop.orders.ModelDocSchema.ddl("h2").contains("create table PurchaseOrder"));
        assertFalse(io.shop.orders.ModelDocSchema.ddl("h2").contains("create table book"));
    }

    @Test
    void bothScriptsRunInOrderOnH2() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:shop;DB_CLOSE_DELAY=-1")) {
            createBoth(connection, "h2");
            assertForeignKey(connection, "PUBLIC", "PURCHASEORDER");
        }
    }

    /** In the 'databases' profile of ModelDoc's build: on the PostgreSQL server, in a scratch database of its own. */
    @Test
    void bothScriptsRunInOrderOnPostgreSql() throws SQLException {
        if (!Boolean.getBoolean("modeldoc.databases")) {
            return; // ModelDoc's default build has no server; its 'databases' profile sets the property
        }
        String database = "shop_" + Long.toString(System.nanoTime(), 36);
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
            admin.createStatement().execute("create database " + database);
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "")) {
                createBoth(connection, "postgresql");
                assertForeignKey(connection, "public", "purchaseorder");
                System.out.println("Both modules' scripts ran on PostgreSQL, catalog's first.");
            } finally {
                admin.createStatement().execute("drop database " + database);
            }
        }
    }

    private static void createBoth(Connection connection, String dialect) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            for (List<String> script : List.of(io.shop.catalog.ModelDocSchema.statements(dialect),
                    io.shop.orders.ModelDocSchema.statements(dialect))) {
                for (String statement : script) {
                    sql.execute(statement);
                }
            }
        }
    }

    private static void assertForeignKey(Connection connection, String schema, String table) throws SQLException {
        try (ResultSet keys = connection.getMetaData().getImportedKeys(null, schema, table)) {
            assertTrue(keys.next(), "no foreign key on " + table);
            assertEquals("book", keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
            assertEquals("isbn", keys.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT));
            assertEquals("book_isbn", keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
        }
    }
}
