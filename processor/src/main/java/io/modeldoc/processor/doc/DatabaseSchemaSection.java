package io.modeldoc.processor.doc;

import java.util.List;

/**
 * Database Schema: each table's DDL, then the keys and indexes in one table.
 *
 * @param tables          in the model's order; in a baseline build, only the new and changed ones
 * @param unchangedTables a sentence naming the tables whose DDL is not quoted since the baseline has it; empty when none
 * @param indexTable      every key and index, with the foreign keys each serves
 */
public record DatabaseSchemaSection(List<TableBlock> tables, String unchangedTables, List<IndexRow> indexTable) {

    public DatabaseSchemaSection {
        tables = List.copyOf(tables);
        indexTable = List.copyOf(indexTable);
    }

    /** One table: its heading and its statements, each ending with {@code ;}, inside {@code fence}. */
    public record TableBlock(String heading, String sql, String fence) {
    }

    /** One row of the index table; every value is escaped for a table cell. */
    public record IndexRow(String index, String table, String columns, String kind, String serves) {
    }
}
