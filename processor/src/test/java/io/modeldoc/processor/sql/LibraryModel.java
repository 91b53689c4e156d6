package io.modeldoc.processor.sql;

import static io.modeldoc.processor.sql.ColumnBuilder.column;

import io.modeldoc.processor.model.Check;
import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Index;
import io.modeldoc.processor.model.Index.IndexColumn;
import io.modeldoc.processor.model.Sequence;
import io.modeldoc.processor.model.SqlType;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.model.UniqueKey;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A realistic model built by hand: identity and sequence ids, a foreign-key cycle (department and
 * employee), a join table with a composite key, both kinds of enum, unique columns and keys,
 * indexes (one descending, one with a name too long for PostgreSQL), named checks, hostile
 * comments and every {@link SqlType} (table {@code type_sample}, column {@code c_<type>}).
 */
final class LibraryModel {

    /** A comment written to break out of its literal and out of the script. */
    static final String HOSTILE_COMMENT = "Writers; it's \"quoted\" \\ back */ -- dash;\nnext line;";
    /** What the database keeps of it: line breaks became spaces. */
    static final String HOSTILE_COMMENT_STORED = "Writers; it's \"quoted\" \\ back */ -- dash; next line;";

    private LibraryModel() {
    }

    static DataModel create() {
        return new DataModel(List.of(), List.of(),
                List.of(author(), book(), bookTag(), department(), employee(), tag(), typeSample()),
                List.of(new Sequence("book_seq", 1, 50), new Sequence("department_seq", 5, 1)));
    }

    private static Table author() {
        return new Table("author", "example.Author", HOSTILE_COMMENT,
                List.of(column("id", SqlType.BIGINT).identity().build(),
                        column("name", SqlType.VARCHAR).length(100).notNull().comment("The author's name; as printed").build(),
                        column("email", SqlType.VARCHAR).unique().build(),
                        column("bio", SqlType.CLOB).build(),
                        column("photo", SqlType.BLOB).build()),
                List.of("id"), List.of(), List.of(), List.of(), List.of());
    }

    private static Table book() {
        return new Table("book", "example.Book", "",
                List.of(column("id", SqlType.BIGINT).notNull().build(),
                        column("title", SqlType.VARCHAR).length(200).notNull().comment("Title\r\nas on the cover").build(),
                        column("isbn", SqlType.CHAR).length(13).notNull().unique().build(),
                        column("price", SqlType.NUMERIC).numeric(10, 2).build(),
                        column("quantity", SqlType.INTEGER).notNull().check("quantity>=1 and quantity<=10").build(),
                        column("status", SqlType.ENUM_STRING).notNull().values("AVAILABLE", "BORROWED", "LOST").build(),
                        column("format", SqlType.ENUM_ORDINAL).values("HARDCOVER", "PAPERBACK", "EBOOK").build(),
                        column("published", SqlType.DATE).build(),
                        column("author_id", SqlType.BIGINT).notNull().build()),
                List.of("id"),
                List.of(new ForeignKey("", List.of("author_id"), "author", List.of("id"))),
                List.of(new UniqueKey("", List.of("title", "author_id"))),
                List.of(new Index("", List.of(new IndexColumn("published", "DESC"), new IndexColumn("title", "")), false)),
                List.of(new Check("ck_book_price", "price >= 0")));
    }

    private static Table bookTag() {
        return new Table("book_tag", "", "",
                List.of(column("book_id", SqlType.BIGINT).notNull().build(), column("tag_id", SqlType.INTEGER).notNull().build()),
                List.of("book_id", "tag_id"),
                List.of(new ForeignKey("", List.of("book_id"), "book", List.of("id")),
                        new ForeignKey("", List.of("tag_id"), "tag", List.of())),
                List.of(), List.of(), List.of());
    }

    private static Table department() {
        return new Table("department", "example.Department", "Departments",
                List.of(column("id", SqlType.BIGINT).notNull().build(),
                        column("name", SqlType.VARCHAR).length(80).notNull().build(),
                        column("manager_id", SqlType.BIGINT).build()),
                List.of("id"),
                List.of(new ForeignKey("", List.of("manager_id"), "employee", List.of("id"))),
                List.of(new UniqueKey("uk_department_name", List.of("name"))),
                List.of(), List.of());
    }

    private static Table employee() {
        return new Table("employee", "example.Employee", "",
                List.of(column("id", SqlType.BIGINT).identity().build(),
                        column("full_name", SqlType.VARCHAR).notNull().build(),
                        column("department_id", SqlType.BIGINT).build()),
                List.of("id"),
                List.of(new ForeignKey("fk_employee_works_in", List.of("department_id"), "department", List.of("id"))),
                List.of(), List.of(new Index("idx_employee_name", List.of(new IndexColumn("full_name", "")), true)), List.of());
    }

    private static Table tag() {
        return new Table("tag", "example.Tag", "",
                List.of(column("id", SqlType.INTEGER).notNull().build(), column("label", SqlType.VARCHAR).length(50).notNull().unique().build()),
                List.of("id"), List.of(), List.of(), List.of(), List.of());
    }

    private static Table typeSample() {
        List<Column> columns = Arrays.stream(SqlType.values()).map(LibraryModel::sampleColumn).toList();
        List<IndexColumn> indexed = columns.stream().limit(8).map(c -> new IndexColumn(c.name(), "")).toList();
        return new Table("type_sample", "example.TypeSample", "",
                columns, List.of("c_bigint"), List.of(), List.of(),
                List.of(new Index("", indexed, false)),
                List.of(new Check("", "c_integer <> 13")));
    }

    private static Column sampleColumn(SqlType type) {
        ColumnBuilder column = column("c_" + type.name().toLowerCase(Locale.ROOT), type);
        return switch (type) {
            case CHAR -> column.length(3).build();
            case VARBINARY -> column.length(64).build();
            case ENUM_STRING -> column.values("SAD", "HAPPY").build();
            case ENUM_ORDINAL -> column.values("LOW", "MID", "HIGH").build();
            case BIGINT -> column.notNull().build();
            default -> column.build();
        };
    }
}
