package io.modeldoc.processor.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.parity.Databases;
import io.modeldoc.processor.parity.ParityDialect;
import io.modeldoc.processor.parity.ScratchDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Each keyword list is what its database refuses, word by word: every candidate — every word of the six lists, and
 * every keyword the database names itself ({@code information_schema.keywords} on MariaDB, {@code pg_get_keywords()} on
 * PostgreSQL, {@code getSQLKeywords()} of the JDBC driver) — is tried bare as a table name and as a column name, and
 * the words refused either way must be exactly the list. Each refused word is then tried quoted as the dialect quotes
 * it, which must work. H2 runs embedded in the default build, the servers in the {@code databases} profile.
 */
class KeywordListsTest {

    private static final Pattern WORD = Pattern.compile("[a-z_][a-z0-9_]*");

    @Test
    void h2ListIsWhatEmbeddedH2Refuses() throws SQLException {
        try (ScratchDatabase database = Databases.fresh(ParityDialect.Server.H2)) {
            assertListMatches("h2", database.connection(), jdbcKeywords(database.connection()));
        }
    }

    @Tag("databases")
    @Test
    void mariadbListIsWhatTheMariaDbServerRefuses() throws SQLException {
        try (ScratchDatabase database = Databases.fresh(ParityDialect.Server.MARIADB)) {
            Set<String> keywords = jdbcKeywords(database.connection());
            keywords.addAll(query(database.connection(), "select word from information_schema.keywords"));
            assertListMatches("mariadb", database.connection(), keywords);
        }
    }

    /**
     * MySQL 8.4 runs nowhere here: its list is checked for what a MariaDB server can show — every word MySQL reserves is
     * a keyword MariaDB knows or a word it accepts, and each one quoted in backticks is a name.
     */
    @Tag("databases")
    @Test
    void mysqlListQuotedIsANameOnTheMariaDbServer() throws SQLException {
        Dialect mysql = Dialects.named("mysql");
        try (ScratchDatabase database = Databases.fresh(ParityDialect.Server.MARIADB)) {
            for (String word : ReservedWords.load("mysql.txt").words()) {
                assertThat(mysql.identifier(word)).isEqualTo("`" + word + "`");
                assertThat(accepts(database.connection(), mysql.identifier(word))).as("`%s` on MariaDB", word).isTrue();
            }
        }
    }

    @Tag("databases")
    @Test
    void postgresqlListIsWhatThePostgreSqlServerRefuses() throws SQLException {
        try (ScratchDatabase database = Databases.fresh(ParityDialect.Server.POSTGRESQL)) {
            Set<String> keywords = jdbcKeywords(database.connection());
            keywords.addAll(query(database.connection(), "select word from pg_get_keywords()"));
            assertListMatches("postgresql", database.connection(), keywords);
        }
    }

    private static void assertListMatches(String dialectName, Connection connection, Set<String> databaseKeywords) throws SQLException {
        Dialect dialect = Dialects.named(dialectName);
        Set<String> candidates = new TreeSet<>(databaseKeywords);
        for (String list : new String[] {"h2", "mariadb", "mysql", "oracle", "postgresql", "sqlserver"}) {
            candidates.addAll(ReservedWords.load(list + ".txt").words());
        }
        candidates.removeIf(word -> !WORD.matcher(word).matches());
        Set<String> refused = new TreeSet<>();
        for (String word : candidates) {
            if (!accepts(connection, word)) {
                refused.add(word);
            }
        }
        System.out.println("keywords " + dialectName + ": " + candidates.size() + " candidates tried, " + refused.size() + " refused");
        Set<String> listed = new TreeSet<>(ReservedWords.load(dialectName + ".txt").words());
        Set<String> unlisted = new TreeSet<>(refused);
        unlisted.removeAll(listed);
        Set<String> accepted = new TreeSet<>(listed);
        accepted.removeAll(refused);
        assertThat(unlisted).as("words %s refuses that its list lacks", dialectName).isEmpty();
        assertThat(accepted).as("listed words %s accepts", dialectName).isEmpty();
        for (String word : refused) {
            assertThat(accepts(connection, dialect.identifier(word))).as("%s quoted as %s", word, dialect.identifier(word)).isTrue();
        }
    }

    /** Whether {@code name}, as written, is accepted as a table name and as a column name. */
    private static boolean accepts(Connection connection, String name) {
        return runs(connection, "create table " + name + " (id int)", "drop table " + name)
                && runs(connection, "create table keyword_probe (" + name + " int)", "drop table keyword_probe");
    }

    private static boolean runs(Connection connection, String create, String drop) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(create);
        } catch (SQLException refused) {
            return false;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(drop);
        } catch (SQLException e) {
            throw new AssertionError("cannot drop what was created: " + drop, e);
        }
        return true;
    }

    private static Set<String> jdbcKeywords(Connection connection) throws SQLException {
        Set<String> words = new TreeSet<>();
        Arrays.stream(connection.getMetaData().getSQLKeywords().split(","))
                .map(w -> w.strip().toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty()).forEach(words::add);
        return words;
    }

    private static Set<String> query(Connection connection, String sql) throws SQLException {
        Set<String> words = new TreeSet<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                words.add(rows.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}
