package io.modeldoc.processor.sql;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.support.Fixtures;
import io.modeldoc.processor.support.ScriptStatements;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The deviation "Large objects on MySQL and MariaDB": {@code @Lob} with {@code @Column}'s default length gets
 * {@code longtext}/{@code longblob} from ModelDoc where Hibernate writes {@code tinytext}/{@code tinyblob} (255 bytes).
 * Proven where it matters: a 100 kB text and a 100 kB binary value are stored and read back whole on the MariaDB
 * server, with ModelDoc's MariaDB and MySQL scripts.
 */
@Tag("databases")
class LargeObjectsOnMariaDbTest {

    private static final int SIZE = 100 * 1024;

    @ParameterizedTest(name = "{0} script")
    @ValueSource(strings = {"mariadb", "mysql"})
    void aLobWithTheDefaultColumnLengthHoldsAHundredKilobytes(String dialect) throws SQLException {
        Compilation compilation = Fixtures.compile(List.of(JavaFileObjects.forSourceLines("test.Letter",
                "package test;",
                "import jakarta.persistence.*;",
                "/** A letter. */",
                "@Entity public class Letter {",
                "  @Id private Long id;",
                "  /** Its text. */ @Lob @Column(name = \"body\") private String body;",
                "  /** A scan. */ @Lob @Column(name = \"scan\") private byte[] scan;",
                "}")), "modeldoc.dialects=" + dialect, "modeldoc.lint=off");
        String script = Fixtures.output(compilation, "schema-" + dialect + ".sql");
        assertThat(script).contains("body longtext").contains("scan longblob");

        String text = "x".repeat(SIZE);
        byte[] bytes = new byte[SIZE];
        Arrays.fill(bytes, (byte) 7);
        String database = "modeldoc_lob_" + dialect + "_" + Long.toHexString(System.nanoTime()).toLowerCase(Locale.ROOT);
        try (Connection server = DriverManager.getConnection(MariaDbSchemaTest.URL + "test", "root", "")) {
            server.createStatement().execute("create database " + database);
            try (Connection connection = DriverManager.getConnection(MariaDbSchemaTest.URL + database, "root", "")) {
                ScriptStatements.run(connection, script);
                try (PreparedStatement insert = connection.prepareStatement("insert into Letter (id, body, scan) values (1, ?, ?)")) {
                    insert.setString(1, text);
                    insert.setBytes(2, bytes);
                    insert.executeUpdate();
                }
                try (ResultSet row = connection.createStatement().executeQuery("select body, scan from Letter where id = 1")) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getString(1).getBytes(StandardCharsets.UTF_8)).hasSize(SIZE);
                    assertThat(row.getBytes(2)).isEqualTo(bytes);
                }
            } finally {
                server.createStatement().execute("drop database " + database);
            }
        }
    }
}
