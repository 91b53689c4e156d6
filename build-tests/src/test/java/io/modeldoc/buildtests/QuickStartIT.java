package io.modeldoc.buildtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Quick start, verbatim: a fresh project made of its snippets (the dependency, the
 * compiler plugin and the package-info), plus one entity, built by the {@code mvn} on the PATH with
 * ModelDoc in the local repository, as the README's set-up leaves it. If the README changes, this
 * builds the new text; if the text stops working, this fails.
 */
class QuickStartIT {

    private static final Pattern FENCE = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theQuickStartWorksAsWritten(@TempDir Path folder) throws IOException {
        List<String> xml = snippets("xml");
        List<String> java = snippets("java");
        assertThat(xml).as("the Quick start's XML snippets: the dependency, then the plugin").hasSize(2);
        assertThat(String.join("", xml)).contains("<version>" + MavenBuild.version() + "</version>");
        MavenBuild build = MavenBuild.in(folder);
        build.write("pom.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>shop</artifactId>
                  <version>1.0</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <dependencies>
                %s
                    <dependency>
                      <groupId>jakarta.persistence</groupId>
                      <artifactId>jakarta.persistence-api</artifactId>
                      <version>3.2.0</version>
                    </dependency>
                  </dependencies>
                  <build>
                    <plugins>
                %s
                    </plugins>
                  </build>
                </project>
                """.formatted(xml.get(0), xml.get(1)));
        String packageInfo = java.stream().filter(s -> s.contains("@DataModel")).findFirst().orElseThrow();
        String pkg = packageInfo.replaceAll("(?s).*\\npackage ([\\w.]+);.*", "$1");
        build.write("src/main/java/" + pkg.replace('.', '/') + "/package-info.java", packageInfo);
        build.write("src/main/java/" + pkg.replace('.', '/') + "/CustomerOrder.java", """
                package %s;

                import jakarta.persistence.Entity;
                import jakarta.persistence.GeneratedValue;
                import jakarta.persistence.Id;

                /** An order a customer placed. */
                @Entity
                public class CustomerOrder {

                    @Id
                    @GeneratedValue
                    private Long id;

                    /** What the customer asked for. */
                    private String note;
                }
                """.formatted(pkg));

        build.mvn("package").succeeded();

        assertThat(build.file("target/classes/modeldoc/orders.md")).exists();
        assertThat(build.file("target/classes/modeldoc/schema-postgresql.sql")).exists();
        assertThat(build.file("target/classes/modeldoc/schema-h2.sql")).exists();
        assertThat(build.file("target/classes/" + pkg.replace('.', '/') + "/ModelDocSchema.class")).exists();
    }

    /** The fenced blocks of one language in the README's Quick start section, in order. */
    private static List<String> snippets(String language) throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("modeldoc.readme")), StandardCharsets.UTF_8);
        int start = readme.indexOf("## Quick start");
        assertThat(start).as("README.md has a Quick start section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        Matcher fence = FENCE.matcher(readme.substring(start, end < 0 ? readme.length() : end));
        List<String> blocks = new ArrayList<>();
        while (fence.find()) {
            if (fence.group(1).equals(language)) {
                blocks.add(fence.group(2));
            }
        }
        return blocks;
    }
}
