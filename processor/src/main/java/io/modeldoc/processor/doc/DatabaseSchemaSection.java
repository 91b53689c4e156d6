package io.modeldoc.processor.doc;

import java.util.List;

/**
 * Database Schema: each table's DDL, then the keys and indexes.
 *
 * @param tables             in the model's order
 * @param primaryKeys        one bullet each, {@code table(columns)}
 * @param foreignKeys        one bullet each: name, {@code table(columns) → referenced}
 * @param uniqueKeys         one bullet each: name, {@code table(columns)}
 * @param performanceIndexes one bullet each: name, {@code table(columns)}
 * @param indexTable         every key and index, with the foreign keys each serves
 * @param indexSql           the INDEX statements, each ending with {@code ;}; empty when none
 * @param indexFence         the code fence that safely encloses {@code indexSql}
 */
public record DatabaseSchemaSection(
        List<TableBlock> tables,
        List<String> primaryKeys,
        List<String> foreignKeys,
        List<String> uniqueKeys,
        List<String> performanceIndexes,
        List<IndexRow> indexTable,
        String indexSql,
        String indexFence) {

    public DatabaseSchemaSection {
        tables = List.copyOf(tables);
        primaryKeys = List.copyOf(primaryKeys);
        foreignKeys = List.copyOf(foreignKeys);
        uniqueKeys = List.copyOf(uniqueKeys);
        performanceIndexes = List.copyOf(performanceIndexes);
        indexTable = List.copyOf(indexTable);
    }

    /** One table: its heading and its statements, each ending with {@code ;}, inside {@code fence}. */
    public record TableBlock(String heading, String sql, String fence) {
    }

    /** One row of the index table; every value is escaped for a table cell. */
    public record IndexRow(String index, String table, String columns, String kind, String serves) {
    }
}
