package io.modeldoc.processor.sql;

import static io.modeldoc.processor.sql.ColumnBuilder.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.SqlType;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The neutral types as each dialect writes them: Hibernate ORM 7.4's schema export, checked by runs. */
class DialectTypeMappingTest {

    @ParameterizedTest(name = "{0}({1},{2},{3})")
    @CsvSource(delimiter = '|', textBlock = """
            # type        | length   | precision | scale | postgresql                  | mysql        | mariadb      | h2
            BOOLEAN       | 0        | 0         | 0     | boolean                     | bit          | bit          | boolean
            TINYINT       | 0        | 0         | 0     | smallint                    | tinyint      | tinyint      | tinyint
            SMALLINT      | 0        | 0         | 0     | smallint                    | smallint     | smallint     | smallint
            INTEGER       | 0        | 0         | 0     | integer                     | integer      | integer      | integer
            BIGINT        | 0        | 0         | 0     | bigint                      | bigint       | bigint       | bigint
            NUMERIC       | 0        | 10        | 2     | numeric(10,2)               | decimal(10,2)| decimal(10,2)| numeric(10,2)
            NUMERIC       | 0        | 19        | 0     | numeric(19,0)               | decimal(19,0)| decimal(19,0)| numeric(19,0)
            NUMERIC       | 0        | 0         | 0     | numeric(38,2)               | decimal(38,2)| decimal(38,2)| numeric(38,2)
            FLOAT         | 0        | 0         | 0     | float4                      | float(23)    | float(23)    | float(24)
            DOUBLE        | 0        | 0         | 0     | float(53)                   | float(53)    | float(53)    | float(53)
            CHAR          | 3        | 0         | 0     | char(3)                     | varchar(3)   | varchar(3)   | char(3)
            VARCHAR       | 0        | 0         | 0     | varchar(255)                | varchar(255) | varchar(255) | varchar(255)
            VARCHAR       | 100      | 0         | 0     | varchar(100)                | varchar(100) | varchar(100) | varchar(100)
            VARCHAR       | 16383    | 0         | 0     | varchar(16383)              | varchar(16383)| varchar(16383)| varchar(16383)
            VARCHAR       | 16384    | 0         | 0     | varchar(16384)              | text         | text         | varchar(16384)
            VARCHAR       | 70000    | 0         | 0     | varchar(70000)              | mediumtext   | mediumtext   | varchar(70000)
            VARCHAR       | 1048577  | 0         | 0     | varchar(1048577)            | mediumtext   | mediumtext   | clob
            VARCHAR       | 10485761 | 0         | 0     | text                        | mediumtext   | mediumtext   | clob
            VARCHAR       | 16777216 | 0         | 0     | text                        | longtext     | longtext     | clob
            CLOB          | 0        | 0         | 0     | oid                         | longtext     | longtext     | clob
            VARBINARY     | 0        | 0         | 0     | bytea                       | varbinary(255)| varbinary(255)| varbinary(255)
            VARBINARY     | 64       | 0         | 0     | bytea                       | varbinary(64)| varbinary(64)| varbinary(64)
            VARBINARY     | 65536    | 0         | 0     | bytea                       | mediumblob   | mediumblob   | varbinary(65536)
            VARBINARY     | 16777216 | 0         | 0     | bytea                       | longblob     | longblob     | blob
            BLOB          | 0        | 0         | 0     | oid                         | longblob     | longblob     | blob
            DATE          | 0        | 0         | 0     | date                        | date         | date         | date
            TIME          | 0        | 0         | 0     | time(0)                     | time(0)      | time(0)      | time(0)
            TIMESTAMP     | 0        | 0         | 0     | timestamp(6)                | datetime(6)  | datetime(6)  | timestamp(6)
            TIMESTAMP_UTC | 0        | 0         | 0     | timestamp(6) with time zone | datetime(6)  | datetime(6)  | timestamp(6) with time zone
            TIME_UTC      | 0        | 0         | 0     | time(0)                     | time(0)      | time(0)      | time(0) with time zone
            UUID          | 0        | 0         | 0     | uuid                        | binary(16)   | uuid         | uuid
            BIT           | 0        | 0         | 0     | boolean                     | bit          | bit          | boolean
            REAL          | 0        | 0         | 0     | real                        | real         | real         | real
            DECIMAL       | 0        | 10        | 3     | decimal(10,3)               | decimal(10,3)| decimal(10,3)| decimal(10,3)
            NCHAR         | 2        | 0         | 0     | char(2)                     | varchar(2) character set utf8mb4 | varchar(2) | char(2)
            NVARCHAR      | 0        | 0         | 0     | varchar(255)                | varchar(255) character set utf8mb4 | varchar(255) | varchar(255)
            NVARCHAR      | 32600    | 0         | 0     | varchar(32600)              | text character set utf8mb4 | text | varchar(32600)
            NCLOB         | 0        | 0         | 0     | oid                         | longtext character set utf8mb4 | longtext | clob
            VARCHAR       | 2147483647 | 0       | 0     | text                        | longtext     | longtext     | clob
            VARBINARY     | 2147483647 | 0       | 0     | bytea                       | longblob     | longblob     | blob
            BINARY        | 16       | 0         | 0     | bytea                       | binary(16)   | binary(16)   | binary(16)
            JSON          | 0        | 0         | 0     | jsonb                       | json         | json         | json
            XML           | 0        | 0         | 0     | xml                         | longtext     | longtext     | clob
            TIMESTAMP_TZ  | 0        | 0         | 0     | timestamp(6) with time zone | timestamp(6) | timestamp(6) | timestamp(6) with time zone
            INET          | 0        | 0         | 0     | inet                        | varbinary(19)| varbinary(19)| varbinary(19)
            """)
    void writesTypesAsHibernateDoes(SqlType type, int length, int precision, int scale,
                                    String postgresql, String mysql, String mariadb, String h2) {
        Column column = new Column("c", type, length, precision, scale, true, false, false, List.of(), List.of(), "");
        assertEquals(postgresql, Dialects.named("postgresql").columnType(column), "postgresql");
        assertEquals(mysql, Dialects.named("mysql").columnType(column), "mysql");
        assertEquals(mariadb, Dialects.named("mariadb").columnType(column), "mariadb");
        assertEquals(h2, Dialects.named("h2").columnType(column), "h2");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            postgresql | varchar(255)       | status in ('SHIPPED','OPEN','LATE')
            mysql      | enum ('LATE','OPEN','SHIPPED') |
            mariadb    | enum ('LATE','OPEN','SHIPPED') |
            h2         | enum ('LATE','OPEN','SHIPPED') |
            """)
    void enumsByNameUseNativeEnumsSortedOrACheckInDeclarationOrder(String dialect, String type, String check) {
        Column status = column("status", SqlType.ENUM_STRING).values("SHIPPED", "OPEN", "LATE").build();
        assertEquals(type, Dialects.named(dialect).columnType(status));
        assertEquals(check == null ? List.of() : List.of(check), Dialects.named(dialect).typeChecks(status));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            postgresql | smallint | smallint
            mysql      | tinyint  | smallint
            mariadb    | tinyint  | smallint
            h2         | tinyint  | smallint
            """)
    void enumsByOrdinalAreSmallIntegersWithARangeCheck(String dialect, String type, String typeForManyConstants) {
        Column level = column("level", SqlType.ENUM_ORDINAL).values("LOW", "MID", "HIGH").build();
        assertEquals(type, Dialects.named(dialect).columnType(level));
        assertEquals(List.of("level between 0 and 2"), Dialects.named(dialect).typeChecks(level));
        String[] many = IntStream.range(0, 129).mapToObj(i -> "C" + i).toArray(String[]::new);
        assertEquals(typeForManyConstants, Dialects.named(dialect).columnType(column("level", SqlType.ENUM_ORDINAL).values(many).build()));
    }

    @Test
    void enumConstantsAreEscapedLiterals() {
        Column odd = column("c", SqlType.ENUM_STRING).values("IT'S").build();
        assertEquals(List.of("c in ('IT''S')"), Dialects.named("postgresql").typeChecks(odd));
        assertEquals("enum ('IT''S')", Dialects.named("h2").columnType(odd));
    }

    @Test
    void everyTypeHasASpellingInEveryDialect() {
        for (String name : Dialects.NAMES) {
            for (SqlType type : SqlType.values()) {
                Column column = column("c", type).values("A", "B").build();
                assertFalse(Dialects.named(name).columnType(column).isBlank(), name + " " + type);
            }
        }
    }

    @Test
    void columnsOfOtherTypesImplyNoCheck() {
        assertEquals(List.of(), Dialects.named("postgresql").typeChecks(column("c", SqlType.VARCHAR).build()));
    }
}
