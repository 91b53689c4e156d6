package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.SqlType;
import io.modeldoc.processor.sql.Dialect;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code @Lob} columns that the shown database keeps as large objects apart from their rows (PostgreSQL's
 * {@code oid}), and what that means: said briefly at the column, with the remedies under Security and Maintenance.
 */
final class LargeObjects {

    /** The constraint cell's note: the fact, and where the remedies are. */
    static final String AT_COLUMN = "large object: outside the table's GRANTs, not deleted with its row "
            + "(see [Security Considerations](#security-considerations))";

    private LargeObjects() {
    }

    static boolean isOne(Column column, Dialect dialect) {
        return dialect.lobsAreLargeObjects() && (column.type() == SqlType.BLOB || column.type() == SqlType.CLOB);
    }

    /** {@code `book.blurb`} for each large-object column of the tables, in table and column order. */
    static List<String> in(List<TableFacts> tables, Dialect dialect) {
        List<String> columns = new ArrayList<>();
        for (TableFacts table : tables) {
            table.table().columns().stream().filter(c -> isOne(c, dialect))
                    .forEach(c -> columns.add(Markdown.code(table.name() + "." + c.name())));
        }
        return columns;
    }

    /** The Security paragraph; empty when there is no large object. */
    static String security(List<String> columns, Dialect dialect) {
        if (columns.isEmpty()) {
            return "";
        }
        return "**Large objects**: " + Words.series(columns) + " " + (columns.size() == 1 ? "is a" : "are") + " " + dialect.productName()
                + " large object" + (columns.size() == 1 ? "" : "s") + " (`oid`), stored in `pg_largeobject` apart from the row. "
                + "The table's `GRANT`s do not reach " + (columns.size() == 1 ? "it" : "them") + ": grant the roles that read the "
                + "table `SELECT` on the large objects too (`GRANT SELECT ON LARGE OBJECT …`), and check who else holds such "
                + "grants. Where the value fits in a row, map it without `@Lob` (`bytea` for bytes, `text` for strings): the "
                + "table's privileges then cover it, and it goes with its row.";
    }

    /** The Maintenance Tasks item; empty when there is no large object. */
    static String maintenance(List<String> columns) {
        if (columns.isEmpty()) {
            return "";
        }
        return "deleting a row, or replacing the value of " + Words.series(columns) + ", leaves the old large object behind in "
                + "`pg_largeobject`: add the `lo` extension's `lo_manage` trigger to each such column, or run `vacuumlo` regularly";
    }
}
