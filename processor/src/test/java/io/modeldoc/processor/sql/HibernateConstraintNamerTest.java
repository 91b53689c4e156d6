package io.modeldoc.processor.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HibernateConstraintNamerTest {

    /** Names Hibernate ORM printed for these tables and columns (its own tests, user guide and runs). */
    @ParameterizedTest(name = "{0}({1}) -> {2}: {3}")
    @CsvSource({
            "post_comment, post_id, post, FKna4y825fdc5hw8aow65ijexm0",
            "Employee, department_id, Department, FK14tijxqry9ml17nk86sqfp561",
            "Phone, person_id, Person, FKmw13yfsjypiiq0i1osdkaeqpg",
            "Photo, recipe_id, Recipe, FKi6087yqkswromv9nev5ujnhs6",
    })
    void foreignKeyNamesAreHibernates(String table, String column, String referenced, String name) {
        assertThat("FK" + HibernateConstraintNamer.hash("table`" + table + "`references`" + referenced + "`", List.of(column)))
                .isEqualTo(name);
    }

    @ParameterizedTest(name = "{0}({1}) -> {2}")
    @CsvSource({
            "customer, email, UKdwk6cx0afu8bs9o4t536v1j5v",
            "text_values, code, UK9lw8xp5q64oqghm0gfeoyx31",
    })
    void uniqueKeyNamesAreHibernates(String table, String columns, String name) {
        assertThat("UK" + HibernateConstraintNamer.hash("table`" + table + "`", List.of(columns.split(",")))).isEqualTo(name);
    }
}
