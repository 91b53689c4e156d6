package io.modeldoc.example;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;

/** Holds a database's table to what model.json says about it. */
final class SchemaAssertions {

    private SchemaAssertions() {
    }

    /**
     * The table exists with every column of the model and the model's nullability, its primary
     * key, exactly the model's foreign keys, and a unique index behind every unique key and
     * unique column.
     */
    static void assertTableMatches(ModelSnapshot.Table expected, DatabaseCatalog database, String databaseName) {
        String tableName = ModelSnapshot.bare(expected.name());
        DatabaseCatalog.Table actual = database.existingTable(tableName);
        String where = databaseName + ", table " + tableName;

        List<Executable> checks = new ArrayList<>();
        for (ModelSnapshot.Column column : expected.columns()) {
            checks.add(() -> assertEquals(column.nullable(),
                    database.existingColumn(tableName, ModelSnapshot.bare(column.name())).nullable(),
                    where + ": nullability of column " + column.name()));
        }
        checks.add(() -> assertEquals(bare(expected.primaryKey()), actual.primaryKey(), where + ": primary key"));
        Set<String> expectedKeys = expected.foreignKeys().stream().map(SchemaAssertions::describe)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> actualKeys = actual.foreignKeys().stream().map(SchemaAssertions::describe)
                .collect(Collectors.toCollection(TreeSet::new));
        checks.add(() -> assertEquals(expectedKeys, actualKeys, where + ": foreign keys"));
        Stream.concat(
                expected.uniqueKeys().stream(),
                expected.columns().stream().filter(ModelSnapshot.Column::unique).map(c -> List.of(c.name())))
            .forEach(columns -> checks.add(() -> assertTrue(
                    actual.uniqueIndexes().stream().anyMatch(index -> Set.copyOf(index).equals(Set.copyOf(bare(columns)))),
                    where + ": no unique index on " + columns + "; unique indexes: " + actual.uniqueIndexes())));
        assertAll(where, checks);
    }

    private static String describe(ModelSnapshot.ForeignKey key) {
        return bare(key.columns()) + " -> " + ModelSnapshot.bare(key.referencedTable()) + bare(key.referencedColumns());
    }

    private static String describe(DatabaseCatalog.ForeignKey key) {
        return key.columns() + " -> " + key.referencedTable() + key.referencedColumns();
    }

    private static List<String> bare(List<String> names) {
        return names.stream().map(ModelSnapshot::bare).toList();
    }
}
