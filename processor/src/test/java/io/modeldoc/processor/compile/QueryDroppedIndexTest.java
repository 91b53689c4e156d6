package io.modeldoc.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.support.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build against a baseline warns, on the query, when the migration drops an index the query needs. */
class QueryDroppedIndexTest {

    @Test
    void droppingTheIndexAQueryIsServedByIsWarnedAboutOnTheQuery(@TempDir Path folder) throws IOException {
        Path baseline = folder.resolve("model.json");
        Compilation before = Fixtures.compile(Fixtures.sources("queries"), "modeldoc.lint=off", "modeldoc.dialects=postgresql,mysql");
        Files.writeString(baseline, Fixtures.output(before, "model.json"), StandardCharsets.UTF_8);

        List<JavaFileObject> sources = new ArrayList<>();
        for (JavaFileObject source : Fixtures.sources("queries")) {
            String text = Fixtures.text(source);
            sources.add(text.contains("class PurchaseOrder")
                    ? JavaFileObjects.forSourceString("shop.PurchaseOrder",
                            text.replace("@Index(name = \"idx_orders_status_placed\", columnList = \"status, placed_at\"),", ""))
                    : source);
        }
        Compilation after = Fixtures.compile(sources, "modeldoc.lint=off", "modeldoc.dialects=postgresql,mysql",
                "modeldoc.baseline=" + baseline);

        assertThat(after).succeeded();
        // (status, placed_at) served the filter and the sort; (status) alone serves the filter only
        assertThat(after).hadWarningContaining("[modeldoc:dropped-index] The migration for PostgreSQL, MySQL drops index "
                        + "idx_orders_status_placed of table orders, which query OrderRepository.findByStatusOrderByPlacedAtDesc "
                        + "needs to search it by status =; keep the index, or the query reads what the index spared it.")
                .inFile(Fixtures.source("queries", "shop/OrderRepository.java")).onLineContaining("List<PurchaseOrder> findByStatusOrderByPlacedAtDesc(");
        // existsByStatusIn is served as well by (status): no warning
        assertThat(after.diagnostics()).filteredOn(d -> d.getKind() == Diagnostic.Kind.WARNING
                && d.getMessage(null).startsWith("[modeldoc:dropped-index]")).hasSize(1);
        assertThat(Fixtures.output(after, "migrations/postgresql/migration_1_update.sql")).contains("drop index if exists idx_orders_status_placed;");
    }
}
