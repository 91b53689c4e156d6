package io.modeldoc.processor.compile;

import com.google.testing.compile.Compilation;
import io.modeldoc.processor.support.Fixtures;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void show() {
        Compilation c = Fixtures.compile(Fixtures.sources("bookshop"), "modeldoc.dialects=postgresql,mysql,mariadb,h2");
        c.diagnostics().forEach(d -> System.out.println("DIAG " + d.getKind() + " " + d.getMessage(null)));
        System.out.println(Fixtures.output(c, "model.json"));
        c.generatedSourceFiles().forEach(f -> { try { System.out.println(f.getName() + "\n" + f.getCharContent(true)); } catch (Exception e) { throw new RuntimeException(e);} });
    }
}
