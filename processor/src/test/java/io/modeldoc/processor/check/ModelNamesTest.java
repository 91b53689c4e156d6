package io.modeldoc.processor.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.model.Check;
import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Index;
import io.modeldoc.processor.model.Namespace;
import io.modeldoc.processor.model.Sequence;
import io.modeldoc.processor.model.SqlType;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.model.UniqueKey;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The names {@link NameRule} checks are all the names the scripts write: every text component of the model records
 * the scripts are written from is either a name {@link ModelNames} lists, or text that is not a name (and is made safe
 * elsewhere). A new text component fails here until it is sorted, so a new kind of name cannot bypass the check.
 */
class ModelNamesTest {

    private static final String NAME = "a name ModelNames lists";

    /** Every text component of the records the scripts are written from, and what it is. */
    private static final Map<String, String> COMPONENTS = new TreeMap<>(Map.ofEntries(
            Map.entry("Table.name", NAME),
            Map.entry("Table.entity", "a Java class name, never written into SQL"),
            Map.entry("Table.comment", "a comment, written as a literal (Dialect.literal)"),
            Map.entry("Table.primaryKey", NAME),
            Map.entry("Table.renamedFrom", "a baseline table name, written through Dialect.identifier by migrations"),
            Map.entry("Table.secondaryOf", "a Java class name, never written into SQL"),
            Map.entry("Column.name", NAME),
            Map.entry("Column.enumValues", "enum constants, written as literals (Dialect.literal)"),
            Map.entry("Column.checks", "check conditions, kept to one expression (SqlFragments, SqlText.oneLine)"),
            Map.entry("Column.comment", "a comment, written as a literal (Dialect.literal)"),
            Map.entry("Column.definition", "the mapping's columnDefinition, SQL the user wrote, kept to one piece (SqlFragments, ColumnDefinitionRule)"),
            Map.entry("Column.renamedFrom", "a baseline column name, written through Dialect.identifier by migrations"),
            Map.entry("Index.name", NAME),
            Map.entry("IndexColumn.name", NAME),
            Map.entry("IndexColumn.order", "the word after a column in columnList; written only when it is asc or desc"),
            Map.entry("UniqueKey.name", NAME),
            Map.entry("UniqueKey.columns", NAME),
            Map.entry("UniqueKey.namedAfter", "a table name hashed into a constraint name, never written itself"),
            Map.entry("ForeignKey.name", NAME),
            Map.entry("ForeignKey.columns", NAME),
            Map.entry("ForeignKey.referencedTable", NAME),
            Map.entry("ForeignKey.referencedColumns", NAME),
            Map.entry("Check.name", NAME),
            Map.entry("Check.expression", "a check condition, kept to one expression (SqlFragments, SqlText.oneLine); its names columns of the table (CheckColumns)"),
            Map.entry("Sequence.name", NAME),
            Map.entry("Namespace.catalog", NAME),
            Map.entry("Namespace.schema", NAME)));

    @Test
    void everyTextComponentIsSortedIntoNamesAndOtherText() {
        Set<String> found = new TreeSet<>();
        for (Class<?> type : List.of(Table.class, Column.class, Index.class, Index.IndexColumn.class, UniqueKey.class, ForeignKey.class,
                Check.class, Sequence.class, Namespace.class)) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (isText(component.getGenericType())) {
                    found.add(type.getSimpleName() + "." + component.getName());
                }
            }
        }
        assertThat(found).as("the text components of the model's records; sort a new one in COMPONENTS")
                .isEqualTo(COMPONENTS.keySet());
    }

    @Test
    void everyNameOfTheModelIsListed() {
        Namespace namespace = Namespace.of("n_catalog", "n_schema");
        Column column = new Column("n_column", SqlType.INTEGER, 0, 0, 0, true, false, false, List.of(), List.of(), "");
        Table table = new Table("n_table", "x.T", "", List.of(column), List.of("n_pk"),
                List.of(new ForeignKey("n_fk", List.of("n_fk_column"), "n_referenced", List.of("n_referenced_column"),
                        Namespace.of("n_ref_catalog", "n_ref_schema"))),
                List.of(new UniqueKey("n_uk", List.of("n_uk_column"), false, "")),
                List.of(new Index("n_index", List.of(new Index.IndexColumn("n_index_column", "")), false)),
                List.of(new Check("n_check", "1 = 1")), "", namespace, "");
        DataModel model = new DataModel(List.of(), List.of(), List.of(table),
                List.of(new Sequence("n_sequence", 1, 50, Namespace.of("n_seq_catalog", "n_seq_schema"))));

        Set<String> listed = new TreeSet<>();
        ModelNames.of(new CheckContext(List.of(), model, null, List.of())).forEach(n -> listed.add(n.written()));

        assertThat(listed).containsExactlyInAnyOrder("n_catalog", "n_schema", "n_column", "n_table", "n_pk", "n_fk", "n_fk_column",
                "n_referenced", "n_referenced_column", "n_ref_catalog", "n_ref_schema", "n_uk", "n_uk_column", "n_index",
                "n_index_column", "n_check", "n_sequence", "n_seq_catalog", "n_seq_schema");
    }

    private static boolean isText(Type type) {
        return type == String.class || type instanceof ParameterizedType list && list.getRawType() == List.class
                && list.getActualTypeArguments()[0] == String.class;
    }
}
