package io.modeldoc.processor.compile;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.modeldoc.processor.doc.RenderedMarkdown;
import io.modeldoc.processor.support.Fixtures;
import io.modeldoc.processor.support.Goldens;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fleet fixture: a JOINED hierarchy with a discriminator, a SINGLE_TABLE and a TABLE_PER_CLASS one, and element
 * collections of enums, strings and embeddables, with {@code @OrderColumn} and {@code @OrderBy}.
 */
class FleetDocumentTest {

    private static final Compilation COMPILATION = Fixtures.compile(Fixtures.sources("fleet"), "modeldoc.lint=off");

    private static String document() {
        return Fixtures.output(COMPILATION, "fleet.md");
    }

    @Test
    void documentMatchesItsGolden() {
        Goldens.assertMatches("FleetDocumentTest", "outputs", "fleet.md", document());
    }

    @Test
    void theDocumentsRenderCleanly() {
        assertThat(RenderedMarkdown.problems(Map.of("fleet.md", document(), "index.md", Fixtures.output(COMPILATION, "index.md"))))
                .isEmpty();
    }

    @Test
    void theBaseSaysHowItsHierarchyIsStoredAndTellsItsTypesApart() {
        assertThat(document())
                .contains("**Inheritance**: abstract base of [Truck](#truck) and [Van](#van), stored joined: `Vehicle` holds what "
                        + "they share, each subtype's own attributes are in a table of its own, keyed by the same identifier; "
                        + "discriminator `vehicle_type` = `TRUCK` ([Truck](#truck)) | `VAN` ([Van](#van)).")
                .contains("**Inheritance**: base of [CustomerSite](#customersite), stored in a single table: `Site` holds every "
                        + "subtype's columns, nullable for the rows of the other types; discriminator `DTYPE` = `Site` (Site) | "
                        + "`CUSTOMER` ([CustomerSite](#customersite)).")
                .contains("**Inheritance**: abstract base of [Lease](#lease), stored table per class: each concrete class has a "
                        + "table of its own repeating every inherited column, and `Contract` has none.");
    }

    @Test
    void eachSubtypeIsABaseWithTheKeyItInherits() {
        assertThat(document())
                .contains("- Each truck is a [Vehicle](#vehicle) (joined: table `Truck` holds its own attributes, its key `id` "
                        + "referencing `Vehicle(id)`; discriminator `vehicle_type` = `TRUCK`).")
                .contains("- Each customer site is a [Site](#site) (single table: its columns are in `Site`, nullable for the rows "
                        + "of the other types; discriminator `DTYPE` = `CUSTOMER`).")
                .contains("- Each lease is a [Contract](#contract) (table per class: table `Lease` repeats every inherited column).")
                .contains("| `id` | `Long` | `id` | `bigint` | primary key, foreign key → `Vehicle` (on delete: no action) | inherited from [Vehicle](#vehicle) |");
    }

    @Test
    void elementCollectionsAreDocumentedLikeAssociations() {
        assertThat(document())
                .contains("| `equipment` | `Set<Equipment>` | `equipment` | `varchar(20)` | in `truck_equipment`, one of `TAIL_LIFT`, "
                        + "`CRANE`, `COOLING` | What the truck is equipped with. |")
                .contains("- Each truck holds a set of `Equipment` values (element collection in table `truck_equipment`, joined by "
                        + "`truck_id` → `Truck(id)`; each value once per truck, unique `truck_equipment(truck_id, equipment)`; "
                        + "fetched eagerly).")
                .contains("- Each van holds a list of `String` values (element collection in table `Van_districts`, joined by "
                        + "`Van_id` → `Van(id)`; primary key `Van_districts(Van_id, stop)`; positions kept in `stop`; fetched lazily).")
                .contains("| `openingHours` | `List<OpeningHours>` | `weekday`, `opens`, `closes` | `integer`, `varchar(255)`, "
                        + "`varchar(255)` | in `Depot_openingHours` | The opening hours, by weekday. |")
                .contains("- Each depot holds zero or more `OpeningHours` values (element collection in table `Depot_openingHours`, "
                        + "joined by `Depot_id` → `Depot(id)`; no key: any change deletes and re-inserts all the depot's rows; "
                        + "sorted by `weekday` on loading; fetched lazily).");
    }

    @Test
    void aHierarchyIsOrderedBaseFirst() {
        String document = document();
        assertThat(document).contains("[Contract](#contract), [Lease](#lease), [Depot](#depot), [Site](#site), "
                + "[CustomerSite](#customersite), [Vehicle](#vehicle), [Truck](#truck), [Van](#van)");
        assertThat(document.indexOf("#### Vehicle")).isLessThan(document.indexOf("#### Truck"));
        assertThat(document.indexOf("#### Site")).isLessThan(document.indexOf("#### CustomerSite"));
    }
}
