package io.modeldoc.processor.migrate;

/**
 * A statement of a migration script that destroys data or may, with the table it touches, so that a feature's
 * document can say which of them concern its own tables.
 *
 * @param table   the table, as the script names it (unquoted, without schema)
 * @param column  the column; empty when the whole table is dropped
 * @param words   what is lost, in words, e.g. {@code column shipment.weight_grams is dropped with its values}
 * @param certain whether the data is surely lost (a dropped table or column), not only at risk (a narrowed type)
 */
public record DataLoss(String table, String column, String words, boolean certain) {
}
