package io.modeldoc.processor.compile.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.support.DiskCompilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A @RenamedFrom naming a column the baseline does not have is an ERROR on the field; the rest is still documented. */
class RenamedFromNowhereTest {

    private static JavaFileObject thing(String nameLine) {
        return JavaFileObjects.forSourceLines("test.Thing",
                "package test;",
                "import jakarta.persistence.*;",
                "/** A thing. */",
                "@Entity public class Thing {",
                "  @Id private Long id;",
                nameLine,
                "}");
    }

    @Test
    void renameFromAColumnTheBaselineLacksIsAnError(@TempDir Path folder) throws IOException {
        DiskCompilation before = DiskCompilation.compile(folder.resolve("before"),
                List.of(ErrorCase.FINE, thing("  /** Its label. */ private String label;")), "modeldoc.dialects=h2");
        Path baseline = Files.writeString(folder.resolve("model.json"), before.output("model.json"));

        DiskCompilation after = DiskCompilation.compile(folder.resolve("after"), List.of(ErrorCase.FINE,
                thing("  /** Its title. */ @io.modeldoc.annotations.RenamedFrom(\"lable\") private String title;")),
                "modeldoc.dialects=h2", "modeldoc.baseline=" + baseline);

        List<Diagnostic<? extends JavaFileObject>> errors = after.of(Diagnostic.Kind.ERROR);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getMessage(Locale.ROOT)).isEqualTo("[modeldoc:renamed-from] @RenamedFrom(\"lable\") on "
                + "Thing.title names a column the baseline does not have; name it as it was in the baseline "
                + "(its columns are [id, label]), or remove the annotation.");
        assertThat(errors.get(0).getLineNumber()).isEqualTo(6);
        assertThat(after.output("model.json")).contains("\"qualifiedName\": \"test.Fine\"");
    }
}
