package io.modeldoc.processor.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modeldoc.processor.model.Attribute;
import io.modeldoc.processor.model.AttributeKind;
import io.modeldoc.processor.model.Cardinality;
import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Feature;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Relationship;
import io.modeldoc.processor.model.SqlType;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.model.Usage;
import io.modeldoc.processor.render.Renderer;
import io.modeldoc.processor.render.Templates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A model of thousands of entities renders completely. Its speed is the benchmark's business ({@code bench/}, whose
 * linear-growth target catches a quadratic lookup), not a timed test's, which fails on a busy machine.
 */
class LargeModelTest {

    private static final int FEATURES = 10;
    private static final int ENTITIES = 5_000;

    @Test
    void fiveThousandEntitiesRenderEveryEntity() {
        DataModel model = model();
        List<DocumentFile> files = new DocumentRenderer(new Renderer(Templates.builtIn()))
                .render(model, TestSql.POSTGRESQL, TestSql.script(model, TestSql.POSTGRESQL), TestSql.NAMER);
        assertEquals(FEATURES + 1, files.size());
        String first = files.get(0).content();
        assertTrue(first.contains("#### E04990\n"), "every entity has its section");
        assertTrue(first.contains("### Integration Points"), "each entity references one in the next feature");
    }

    /** Entity {@code i} in feature {@code i % FEATURES} references entity {@code i + 1}, which sits in the next feature. */
    private static DataModel model() {
        List<Feature> features = new ArrayList<>();
        for (int f = 0; f < FEATURES; f++) {
            features.add(new Feature("Feature " + f, "f" + f, "p" + f, "", "Draft", "", "", List.of(), Usage.NONE, List.of(), List.of(), List.of()));
        }
        List<Entity> entities = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < ENTITIES; i++) {
            String name = String.format(Locale.ROOT, "E%05d", i);
            String next = String.format(Locale.ROOT, "E%05d", (i + 1) % ENTITIES);
            String table = name.toLowerCase(Locale.ROOT);
            entities.add(Entity.builder("p." + name)
                    .simpleName(name).entityName(name).featureSlug("f" + (i % FEATURES)).table(table).purpose("Entity " + i)
                    .attributes(List.of(new Attribute("id", "Long", AttributeKind.ID, List.of("id"), "", "", List.of(), null, ""),
                            new Attribute("next", next, AttributeKind.TO_ONE, List.of("next_id"), "The next one.", "", List.of(), null, "")))
                    .relationships(List.of(new Relationship("next", Cardinality.MANY_TO_ONE, "p." + next, true, "", List.of("next_id"), "",
                            true, List.of(), "LAZY", false)))
                    .build());
            tables.add(new Table(table, "p." + name, "", List.of(
                    new Column("id", SqlType.BIGINT, 0, 0, 0, false, false, false, List.of(), List.of(), ""),
                    new Column("next_id", SqlType.BIGINT, 0, 0, 0, true, false, false, List.of(), List.of(), "")),
                    List.of("id"), List.of(new ForeignKey("", List.of("next_id"), next.toLowerCase(Locale.ROOT), List.of("id"))),
                    List.of(), List.of(), List.of()));
        }
        return new DataModel(features, entities, tables, List.of());
    }
}
