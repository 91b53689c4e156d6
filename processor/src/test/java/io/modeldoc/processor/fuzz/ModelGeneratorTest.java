package io.modeldoc.processor.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.parity.CompiledModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The generator on its own: deterministic, compilable, and spanning the mapping space issue 12 lists. */
class ModelGeneratorTest {

    private final ModelGenerator generator = new ModelGenerator(KnownDefect.enabled(null));

    @Test
    void theSameSeedGivesTheSameModel() {
        for (long seed = 1; seed <= 50; seed++) {
            assertThat(generator.generate(seed)).isEqualTo(generator.generate(seed));
        }
        assertThat(generator.generate(1)).isNotEqualTo(generator.generate(2));
    }

    @Test
    void everyNameCarriesTheSeed() {
        FuzzModel model = generator.generate(42);
        assertThat(model.classes()).allSatisfy(type -> assertThat(type.name()).startsWith("S42"));
        assertThat(SourcePrinter.sources(model).keySet()).allSatisfy(path -> assertThat(path).startsWith("fuzz/s42/"));
    }

    @Test
    void modelsCompileTogetherWithPlainJavac() throws Exception {
        Path root = Files.createTempDirectory("modeldoc-fuzz-test-");
        List<Path> sources = new ArrayList<>();
        for (long seed = 1; seed <= 60; seed++) {
            for (Map.Entry<String, String> source : SourcePrinter.sources(generator.generate(seed)).entrySet()) {
                Path file = root.resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                sources.add(file);
            }
        }

        CompiledModel compiled = CompiledModel.compile("generator-test", sources);

        assertThat(compiled.classNames()).isNotEmpty();
    }

    /** Every construct of the grammar appears within a few hundred seeds, with the default switches. */
    @Test
    void theGrammarSpansTheMappingSpace() {
        Set<String> seen = new TreeSet<>();
        LongStream.rangeClosed(1, 600).mapToObj(generator::generate)
                .forEach(model -> SourcePrinter.sources(model).values().forEach(source -> seen.addAll(constructs(source))));

        assertThat(seen).containsAll(List.of("@Entity", "@MappedSuperclass", "@Embeddable", "@EmbeddedId", "@IdClass",
                "@MapsId", "GenerationType.IDENTITY", "GenerationType.SEQUENCE", "GenerationType.TABLE",
                "GenerationType.UUID", "GenerationType.AUTO", "@SequenceGenerator", "@TableGenerator",
                "InheritanceType.SINGLE_TABLE", "InheritanceType.JOINED", "InheritanceType.TABLE_PER_CLASS",
                "DiscriminatorType.CHAR", "DiscriminatorType.INTEGER", "@DiscriminatorValue", "@PrimaryKeyJoinColumn",
                "@ManyToOne", "@OneToOne", "@OneToMany", "@ManyToMany", "mappedBy", "@JoinTable",
                "inverseJoinColumns", "@ElementCollection", "@CollectionTable", "Map<", "@MapKeyColumn",
                "@MapKeyEnumerated", "@MapKeyJoinColumn", "@AttributeOverride",
                "@Temporal", "EnumType.STRING", "EnumType.ORDINAL", "precision", "scale", "length", "unique = true",
                "nullable = false", "insertable = false", "@NotNull", "@NotBlank", "@Size", "@Min", "@Max", "@Digits",
                "@Length", "@Index", "@UniqueConstraint", "schema =", "catalog =", "\\\"", "@Entity(name"));
        for (BasicType type : BasicType.ALL) {
            if (type.requires() == null) {
                assertThat(seen).as("basic type %s", type.javaType()).contains("type " + simple(type.javaType()));
            }
        }
    }

    @Test
    void aPatternSwitchAddsItsConstructs() {
        ModelGenerator all = new ModelGenerator(EnumSet.allOf(KnownDefect.class));
        Set<String> seen = new TreeSet<>();
        LongStream.rangeClosed(1, 600).mapToObj(all::generate)
                .forEach(model -> SourcePrinter.sources(model).values().forEach(source -> seen.addAll(constructs(source))));

        assertThat(seen).contains("type Currency", "type Locale", "type URL", "type char[]", "@OrderColumn", "type Set<",
                "@JoinColumns", "@Nationalized", "@JdbcTypeCode", "ID extends Serializable", "@Lob", "@AssociationOverride");
    }

    /** The annotations, enum constants and element names a source uses, and its field types. */
    private static Set<String> constructs(String source) {
        Set<String> constructs = new TreeSet<>();
        for (String token : List.of("@Entity(name", "ID extends Serializable", "mappedBy", "inverseJoinColumns", "Map<", "precision", "scale",
                "length", "unique = true", "nullable = false", "insertable = false", "schema =", "catalog =", "\\\"")) {
            if (source.contains(token)) {
                constructs.add(token);
            }
        }
        var annotation = java.util.regex.Pattern.compile("@[A-Z][A-Za-z]*|[A-Z][A-Za-z]*Type\\.[A-Z_]+").matcher(source);
        while (annotation.find()) {
            constructs.add(annotation.group());
        }
        var field = java.util.regex.Pattern.compile("private ([^ ]+(?: [^ ]+)*?) [a-z][A-Za-z0-9]*;").matcher(source);
        while (field.find()) {
            constructs.add("type " + field.group(1));
            if (field.group(1).startsWith("Set<")) {
                constructs.add("type Set<");
            }
        }
        return constructs;
    }

    private static String simple(String javaType) {
        return javaType.substring(javaType.lastIndexOf('.') + 1);
    }
}
