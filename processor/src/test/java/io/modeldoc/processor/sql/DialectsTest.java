package io.modeldoc.processor.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DialectsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"postgresql, 63", "mysql, 64", "mariadb, 64", "h2, 256", "oracle, 128", "sqlserver, 128"})
    void namesEachDialectWithItsIdentifierLimit(String name, int maxIdentifierLength) {
        Dialect dialect = Dialects.named(name);
        assertEquals(name, dialect.name());
        assertEquals(maxIdentifierLength, dialect.maxIdentifierLength());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // name,  catalogs, schemas, transactional DDL, indexes FKs, FK index outlives key, checks travel with column
            "postgresql, false, true,  true,  false, false, false",
            "mysql,      true,  false, false, true,  true,  false",
            "mariadb,    true,  false, false, true,  true,  true",
            "h2,         true,  true,  false, true,  false, false",
            "oracle,     false, true,  false, false, false, false",
            "sqlserver,  true,  true,  true,  false, false, false"})
    void answersEachQuestionAboutItsDatabase(String name, boolean catalogs, boolean schemas, boolean transactionalDdl,
                                             boolean indexesForeignKeys, boolean foreignKeysOwnIndexes, boolean checksTravel) {
        Dialect dialect = Dialects.named(name);
        assertEquals(catalogs, dialect.usesCatalogs(), "catalogs");
        assertEquals(schemas, dialect.usesSchemas(), "schemas");
        assertEquals(transactionalDdl, dialect.transactionalDdl(), "transactional DDL");
        assertEquals(indexesForeignKeys, dialect.indexesForeignKeys(), "indexes foreign keys");
        assertEquals(foreignKeysOwnIndexes, dialect.foreignKeysOwnIndexes(), "foreign keys own indexes");
        assertEquals(checksTravel, dialect.checksTravelWithColumn(), "checks travel with the column");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"postgresql, postgresql, PostgreSQL", "mysql, mysql, MySQL", "mariadb, mariadb, MariaDB", "h2, h2, H2",
            "oracle, oracle, Oracle", "sqlserver, mssql, SQL Server"})
    void namesEachDatabaseAsLiquibaseAndProseDo(String name, String liquibaseDbms, String productName) {
        assertEquals(liquibaseDbms, Dialects.named(name).liquibaseDbms());
        assertEquals(productName, Dialects.named(name).productName());
    }

    @Test
    void opensAMigrationsTransactionInEachTransactionalDatabasesSpelling() {
        assertEquals("start transaction", Dialects.named("postgresql").beginTransaction());
        assertEquals("begin transaction", Dialects.named("sqlserver").beginTransaction());
    }

    @Test
    void measuresPostgreSqlNamesInBytesAndTheOthersInCharacters() {
        String cyrillic = "заказ"; // 5 characters, 10 bytes in UTF-8
        assertEquals(10, Dialects.named("postgresql").identifierLength(cyrillic));
        assertEquals(5, Dialects.named("mysql").identifierLength(cyrillic));
        assertEquals(5, Dialects.named("h2").identifierLength(cyrillic));
        assertEquals(10, Dialects.named("oracle").identifierLength(cyrillic));
        assertEquals(5, Dialects.named("sqlserver").identifierLength(cyrillic));
    }

    @Test
    void listsTheOptionValuesInTheDocumentedOrder() {
        assertEquals(List.of("postgresql", "mysql", "mariadb", "h2", "oracle", "sqlserver"), Dialects.NAMES);
        assertThat(Dialects.ALL).extracting(Dialect::name).containsExactlyElementsOf(Dialects.NAMES);
    }

    @Test
    void givesOneSharedInstancePerDialect() {
        assertSame(Dialects.named("h2"), Dialects.named("h2"));
    }

    @Test
    void rejectsAnUnknownNameListingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dialects.named("db2"));
        assertTrue(e.getMessage().contains("db2") && e.getMessage().contains("sqlserver"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Dialects.named("PostgreSQL"));
    }
}
