package io.modeldoc.example;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.modeldoc.example.catalog.BookTable;
import io.modeldoc.example.catalog.PublisherTable;
import io.modeldoc.example.orders.PurchaseOrderTable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the generated H2 script on a fresh in-memory database and holds the catalogue it builds to
 * model.json: every table, column, nullability, primary key, foreign key and unique key; then a
 * few hand-written checks of what matters most in this model.
 */
class SchemaOnH2Test {

    private static ModelSnapshot model;
    private static Connection connection;
    private static DatabaseCatalog database;

    @BeforeAll
    static void createSchema() throws SQLException {
        model = ModelSnapshot.load();
        connection = DriverManager.getConnection("jdbc:h2:mem:bookshop-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ScriptRunner.apply(connection, "h2", ModelDocSchema.statements("h2"));
        database = DatabaseCatalog.read(connection, null, "PUBLIC");
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (connection != null) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("shutdown");
            } finally {
                connection.close();
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyTableOfTheModelExistsWithItsColumnsAndKeys() {
        return model.tables().stream().map(table -> dynamicTest(table.name(),
                () -> SchemaAssertions.assertTableMatches(table, database, "H2")));
    }

    @Test
    void everySequenceOfTheModelExists() throws SQLException {
        assertFalse(model.sequences().isEmpty(), "model.json lists no sequence, but Author, Book and PurchaseOrder use one");
        Set<String> existing = new TreeSet<>(sequenceIncrements().keySet());
        assertAll(model.sequences().stream().map(sequence -> () -> assertTrue(
                existing.contains(ModelSnapshot.bare(sequence)), "no sequence " + sequence + "; H2 has " + existing)));
    }

    @Test
    void everyCheckConstraintOfTheModelExists() throws SQLException {
        Map<String, Integer> checksByTable = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select table_name from information_schema.table_constraints"
                        + " where constraint_type = 'CHECK' and table_schema = 'PUBLIC'")) {
            while (rs.next()) {
                checksByTable.merge(rs.getString(1).toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        assertTrue(model.tables().stream().anyMatch(table -> table.checkCount() > 0),
                "model.json has no CHECK constraint, but the example declares @BusinessRule checks");
        assertAll(model.tables().stream().map(table -> () -> assertTrue(
                checksByTable.getOrDefault(ModelSnapshot.bare(table.name()), 0) >= table.checkCount(),
                table.name() + " should have at least " + table.checkCount() + " check constraints; H2 has " + checksByTable)));
    }

    @Test
    void bookAuthorJoinTableHasACompositePrimaryKey() {
        DatabaseCatalog.Table bookAuthor = database.existingTable("book_author");
        assertEquals(Set.of("book_id", "author_id"), Set.copyOf(bookAuthor.primaryKey()));
        assertEquals(Set.of("book_id", "author_id"), bookAuthor.columns().keySet());
    }

    @Test
    void publicOrderReferenceIsAUuidColumn() {
        DatabaseCatalog.Column reference = database.existingColumn(PurchaseOrderTable.TABLE, PurchaseOrderTable.PUBLIC_REFERENCE);
        assertEquals("UUID", reference.typeName().toUpperCase(Locale.ROOT));
        assertFalse(reference.nullable());
    }

    @Test
    void orderNumbersAndIsbnsAreUnique() {
        assertAll(
                () -> assertUniqueIndex(PurchaseOrderTable.TABLE, PurchaseOrderTable.ORDER_NUMBER),
                () -> assertUniqueIndex(BookTable.TABLE, BookTable.ISBN));
    }

    @Test
    void bookIdsComeFromASequenceAllocatingFifty() throws SQLException {
        assertEquals(50L, sequenceIncrements().get("book_seq"), "increment of book_seq");
    }

    @Test
    void publisherWebSitesMustUseHttps() throws SQLException {
        String insert = "insert into " + PublisherTable.TABLE + " (" + PublisherTable.NAME + ", "
                + PublisherTable.COUNTRY_CODE + ", " + PublisherTable.WEBSITE_URL + ") values (?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setString(1, "Secure Press");
            statement.setString(2, "NL");
            statement.setString(3, "https://secure.example");
            assertEquals(1, statement.executeUpdate());

            statement.setString(1, "Plain Press");
            statement.setString(3, "http://plain.example");
            SQLException refused = assertThrows(SQLException.class, statement::executeUpdate,
                    "BR-PUB-1's check should refuse a web site without https");
            assertTrue(refused.getSQLState().startsWith("23"), "an integrity violation, not " + refused.getMessage());
        }
    }

    private static void assertUniqueIndex(String table, String column) {
        List<List<String>> uniqueIndexes = database.existingTable(table).uniqueIndexes();
        assertTrue(uniqueIndexes.contains(List.of(column)), "no unique index on " + table + "." + column + ": " + uniqueIndexes);
    }

    /** Lower-cased sequence name to its increment. */
    private static Map<String, Long> sequenceIncrements() throws SQLException {
        Map<String, Long> increments = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select sequence_name, increment from information_schema.sequences where sequence_schema = 'PUBLIC'")) {
            while (rs.next()) {
                increments.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getLong(2));
            }
        }
        return increments;
    }
}
