package io.modeldoc.processor.compile;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.modeldoc.processor.support.DiskCompilation;
import io.modeldoc.processor.support.Fixtures;
import java.nio.file.Path;
import java.util.Locale;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.io.TempDir;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Derived identities and key-joined one-to-ones, as the document and model.json state them (their SQL
 * is checked against Hibernate by the parity model {@code derived}).
 */
class DerivedIdentityTest {

    @Test
    void theDocumentSaysWhichKeysAreShared() {
        Compilation compilation = Fixtures.compile(Fixtures.sources("parity/derived"), "modeldoc.lint=off");
        String document = Fixtures.output(compilation, "data-model.md");

        assertThat(document)
                .contains("Each customer detail has exactly one [Customer](#customer) (one-to-one, owning side, column "
                        + "`customer_id`, shares its primary key with Customer, fetched eagerly).")
                .contains("Each enrollment belongs to exactly one [Course](#course) (many-to-one, owning side, column "
                        + "`course_code`, part of the primary key, fetched eagerly).")
                .contains("Each renewal has exactly one [Subscription](#subscription) (one-to-one, owning side, columns "
                        + "`subscription_customer_id`, `subscription_plan`, shares its primary key with Subscription, fetched eagerly).")
                .contains("Each avatar has at most one [Customer](#customer) (one-to-one, owning side, joined on the primary "
                        + "keys, with no column or foreign key of its own, fetched eagerly).");
        String json = Fixtures.output(compilation, "model.json");
        assertThat(json).contains("\"identifying\": true", "\"primaryKeyJoin\": true");
    }

    @Test
    void aLoopOfDerivedIdentifiersIsAnErrorThatDoesNotStopTheOtherEntities(@TempDir Path folder) {
        List<JavaFileObject> sources = new ArrayList<>();
        sources.add(JavaFileObjects.forSourceLines("test.Ping", "package test;", "import jakarta.persistence.*;",
                "/** Ping. */", "@Entity public class Ping {", "  @Id private Long id;",
                "  /** Pong. */ @MapsId @OneToOne private Pong pong;", "}"));
        sources.add(JavaFileObjects.forSourceLines("test.Pong", "package test;", "import jakarta.persistence.*;",
                "/** Pong. */", "@Entity public class Pong {", "  @Id private Long id;",
                "  /** Ping. */ @MapsId @OneToOne private Ping ping;", "}"));
        sources.add(JavaFileObjects.forSourceLines("test.Plain", "package test;", "import jakarta.persistence.*;",
                "/** Plain. */", "@Entity public class Plain {", "  @Id private Long id;", "}"));
        DiskCompilation compilation = DiskCompilation.compile(folder, sources, "modeldoc.lint=off");

        assertThat(compilation.of(Diagnostic.Kind.ERROR)).extracting(d -> d.getMessage(Locale.ROOT))
                .singleElement().asString().startsWith("[modeldoc:derived-id-cycle] Attribute pong derives the identifier of Ping");
        assertThat(compilation.output("schema-postgresql.sql")).contains("create table Plain")
                .doesNotContain("create table Ping", "create table Pong");
    }
}
