package io.modeldoc.processor.sql;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.model.UniqueKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** All unique constraints of a table: its unique columns in column order, then its unique keys. */
final class UniqueKeys {

    private UniqueKeys() {
    }

    /**
     * Each column set once: a unique key repeating an earlier one's columns is dropped, keeping
     * the position of the first and the first name the user gave.
     */
    static List<UniqueKey> of(Table table) {
        List<UniqueKey> keys = new ArrayList<>();
        for (Column column : table.columns()) {
            if (column.unique()) {
                keys.add(new UniqueKey("", List.of(column.name())));
            }
        }
        keys.addAll(table.uniqueKeys());
        List<UniqueKey> distinct = new ArrayList<>();
        List<List<String>> seen = new ArrayList<>();
        for (UniqueKey key : keys) {
            List<String> columns = key.columns().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
            int earlier = seen.indexOf(columns);
            if (earlier < 0) {
                seen.add(columns);
                distinct.add(key);
            } else if (distinct.get(earlier).name().isEmpty() && !key.name().isEmpty()) {
                distinct.set(earlier, new UniqueKey(key.name(), distinct.get(earlier).columns()));
            }
        }
        return distinct;
    }
}
