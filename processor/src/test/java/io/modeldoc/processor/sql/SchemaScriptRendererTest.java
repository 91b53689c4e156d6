package io.modeldoc.processor.sql;

import io.modeldoc.processor.support.ScriptStatements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.render.Renderer;
import io.modeldoc.processor.render.Templates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaScriptRendererTest {

    private final DataModel library = LibraryModel.create();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "mysql", "mariadb", "h2"})
    void splittingOnLinesEndingInSemicolonGivesBackExactlyThePlannedStatements(String dialect) {
        SqlScript script = SchemaScripts.plan(dialect, library);
        String text = new SchemaScriptRenderer().render(script, new Renderer(Templates.builtIn()));
        assertEquals(script.statements().stream().map(Statement::sql).toList(), ScriptStatements.split(text));
    }

    @Test
    void writesAHeaderThenOneParagraphPerGroup() {
        String text = SchemaScripts.render("postgresql", library);
        assertTrue(text.startsWith("""
                -- ModelDoc schema for postgresql
                -- Generated from the entity classes; do not edit.

                create sequence book_seq start with 1 increment by 50;
                create sequence department_seq start with 5 increment by 1;

                create table author (
                """), text);
        assertTrue(text.contains("""
                create index idx_book_published_title on book (published desc, title);

                create table book_tag (
                """), text);
        assertTrue(text.endsWith("""
                create index idx_type_sample_c_boolean_c_tinyint_c_smallint_c_integ_74218896 on type_sample \
                (c_boolean, c_tinyint, c_smallint, c_integer, c_bigint, c_numeric, c_float, c_double);

                alter table if exists book add constraint fk_book_author_id foreign key (author_id) references author;
                alter table if exists book_tag add constraint fk_book_tag_book_id foreign key (book_id) references book;
                alter table if exists book_tag add constraint fk_book_tag_tag_id foreign key (tag_id) references tag;
                alter table if exists department add constraint fk_department_manager_id foreign key (manager_id) references employee;
                alter table if exists employee add constraint fk_employee_works_in foreign key (department_id) references department;
                """), text);
    }

    @Test
    void rendersTheSameBytesEveryTime() {
        assertEquals(SchemaScripts.render("mysql", library), SchemaScripts.render("mysql", LibraryModel.create()));
    }

    @Test
    void groupsStatementsByTable() {
        SchemaScriptView view = SchemaScriptView.of(SchemaScripts.plan("mysql", library));
        assertEquals("mysql", view.dialect());
        assertEquals(List.of("create table book_seq (next_val bigint) engine=InnoDB", "insert into book_seq ( next_val ) values ( 1 )"),
                view.groups().get(2).statements());
        assertEquals(10, view.groups().size(), "9 tables and sequence tables, then the foreign keys");
    }

    @Test
    void templateKeepsItsIdeHeader() throws IOException {
        try (InputStream in = SchemaScriptRenderer.class.getResourceAsStream("/io/modeldoc/processor/templates/" + SchemaScriptRenderer.TEMPLATE)) {
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(template.startsWith("<#-- @ftlvariable name=\"\" type=\"io.modeldoc.processor.sql.SchemaScriptView\" -->\n"));
        }
    }
}
