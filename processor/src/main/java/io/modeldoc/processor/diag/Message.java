package io.modeldoc.processor.diag;

import java.util.Locale;
import javax.tools.Diagnostic.Kind;

/** Every diagnostic ModelDoc reports: a stable tag, a kind, and a text with {@code %s} arguments. */
public enum Message {
    /** Carries one of the option messages below, formatted before the reporter exists. */
    OPTION_PROBLEM(Kind.ERROR, "bad-option", "%s"),
    UNKNOWN_OPTION(Kind.ERROR, "unknown-option", "Unknown option -A%s;%s ModelDoc's options are %s."),
    BAD_OPTION_VALUE(Kind.ERROR, "bad-option", "Bad value '%s' for -A%s;%s use %s%s (default: %s)."),
    BAD_VERSION(Kind.ERROR, "bad-option",
            "Bad value '%s' for -A%s; use numbers separated by dots, e.g. 7 or 2.1 (default: %s)."),
    BAD_DESCRIPTION(Kind.ERROR, "bad-option",
            "Bad value '%s' for -A%s; use letters, digits and single underscores, e.g. add_shipping_notes (default: %s)."),
    BAD_PACKAGE(Kind.ERROR, "bad-option",
            "Bad value '%s' for -A%s; name a Java package for ModelDocSchema, e.g. com.example.shop, or leave the option "
                    + "out to use the package all entities share."),
    VERIFY_WITHOUT_FOLDER(Kind.ERROR, "bad-option",
            "-Amodeldoc.verify=on compares the -Amodeldoc.outputDir folder with the outputs, but no folder is set; set "
                    + "-Amodeldoc.outputDir, or leave -Amodeldoc.verify out."),
    TEMPLATES_NOT_A_FOLDER(Kind.ERROR, "bad-option",
            "-Amodeldoc.templates=%s is not a folder; name the folder that holds your .ftl overrides, or leave the option out."),
    NOTHING_WRITTEN(Kind.NOTE, "nothing-written",
            "ModelDoc wrote no outputs, because an option is wrong (see above); fix it and build again."),
    STALE_OUTPUT(Kind.ERROR, "stale-output",
            "%s %s. -Amodeldoc.verify=on compares the folder with this build's outputs; build once without it (or with "
                    + "-Amodeldoc.verify=off) and commit the folder."),

    // The entity class itself
    MISSING_ID(Kind.ERROR, "missing-id",
            "Entity %s has no identifier; annotate one attribute with @Id, or use @EmbeddedId. It is left out of the outputs."),
    COMPOSITE_ID(Kind.ERROR, "composite-id",
            "Entity %s has several @Id attributes (%s) but no @IdClass; add @IdClass naming a class with these attributes, "
                    + "or use one @EmbeddedId. It is left out of the outputs."),
    FINAL_ENTITY(Kind.WARNING, "final-entity",
            "Entity %s is final, so lazy associations to it cannot be proxied; remove 'final'."),
    NO_DEFAULT_CONSTRUCTOR(Kind.WARNING, "no-constructor",
            "Entity %s has no constructor without parameters, which JPA requires; add a public or protected one."),
    DISCRIMINATOR_VALUE_MISSING(Kind.ERROR, "discriminator-value",
            "Entity %s belongs to a hierarchy with a CHAR discriminator but declares no @DiscriminatorValue; give it a "
                    + "one-character @DiscriminatorValue, as Hibernate requires."),
    DISCRIMINATOR_NOT_INTEGER(Kind.ERROR, "discriminator-value",
            "Entity %s has @DiscriminatorValue(\"%s\"), but its hierarchy's discriminator is an INTEGER column, and "
                    + "Hibernate reads the value as a whole number; give one, e.g. @DiscriminatorValue(\"2\"), or make the "
                    + "discriminator STRING."),
    BLANK_PURPOSE(Kind.WARNING, "blank-purpose",
            "@Purpose on %s is blank; write what it is for, or remove the annotation to fall back on the Javadoc."),

    // Attributes
    UNMAPPED_TYPE(Kind.ERROR, "unmapped-type",
            "Attribute %s has type %s, which has no SQL mapping; use a supported basic type, an @Embeddable, an association, or mark it @Transient."),
    UNSUPPORTED_JDBC_TYPE(Kind.WARNING, "jdbc-type",
            "Attribute %s asks for %s, which ModelDoc does not map; its column keeps the default type of %s, which may differ "
                    + "from Hibernate's. Use a type code ModelDoc maps, or give the column a columnDefinition."),
    ENUMERATED_NOT_ENUM(Kind.ERROR, "enumerated",
            "Attribute %s is @Enumerated but its type %s is not an enum; remove @Enumerated or change the type."),
    LOB_WRONG_TYPE(Kind.ERROR, "lob",
            "Attribute %s is @Lob but its type %s is neither String, char[], byte[] nor Byte[]; remove @Lob."),
    ENUM_TOO_LONG(Kind.ERROR, "enum-length",
            "Attribute %s stores enum constant %s (%d characters) by name in a column of length %d; raise @Column(length) "
                    + "to at least %d, or rename the constant."),
    SIZE_MIN_ABOVE_MAX(Kind.ERROR, "size",
            "Attribute %s has @Size(min = %d, max = %d): no value can be valid; make min at most max."),
    SCALE_ABOVE_PRECISION(Kind.ERROR, "scale",
            "Attribute %s has @Column(precision = %d, scale = %d): the scale cannot exceed the precision; fix one of them."),
    COLUMN_SIZE(Kind.ERROR, "column-size",
            "Attribute %s has @Column(%s = %d), but %s; %s."),
    VERSION_TYPE(Kind.ERROR, "version-type",
            "Attribute %s is the @Version of its entity but has type %s; use int, Integer, short, Short, long, Long, "
                    + "Instant, LocalDateTime or java.sql.Timestamp."),
    GENERATED_NOT_NUMERIC(Kind.ERROR, "generated-type",
            "Identifier %s is generated with %s, which gives numbers, but its type is %s; use Long or Integer, "
                    + "or GenerationType.UUID for a UUID."),
    IDENTITY_TABLE_PER_CLASS(Kind.ERROR, "identity-inheritance",
            "Identifier %s uses GenerationType.IDENTITY in a TABLE_PER_CLASS hierarchy, where rows of several tables share "
                    + "one identifier space; use GenerationType.SEQUENCE."),
    UNKNOWN_GENERATOR(Kind.WARNING, "generator",
            "Identifier %s names generator '%s', but no @SequenceGenerator has that name; Hibernate then uses a sequence "
                    + "called '%s'. Declare @SequenceGenerator(name = \"%s\") to say so, or fix the name."),

    EMBEDDABLE_CYCLE(Kind.ERROR, "embeddable-cycle",
            "Attribute %s embeds %s inside itself (%s), so its columns would never end, and Hibernate refuses such a "
                    + "recursive embeddable; make the inner attribute an association to an entity, or mark it @Transient."),

    // Associations
    NOT_AN_ENTITY(Kind.ERROR, "not-an-entity",
            "Attribute %s refers to %s, which is not an @Entity; annotate the target with @Entity, or fix the attribute's type (for collections, its element type)."),
    UNRESOLVED_ENTITY(Kind.ERROR, "other-module",
            "Attribute %s refers to %s, an entity ModelDoc cannot resolve: %s. Put the jar or project that holds it on the "
                    + "class path, or fix the attribute's type; the association is left out of the outputs."),
    JOIN_COLUMN_IN_OTHER_MODULE(Kind.ERROR, "other-module",
            "Attribute %s keeps its join column in table %s of %s, which %s's script creates; map the association from "
                    + "that entity's side, or drop @JoinColumn to use a join table of this module. It is left out of the outputs."),
    PARENT_IN_OTHER_MODULE(Kind.ERROR, "other-module",
            "Entity %s extends %s of %s; ModelDoc documents an inheritance hierarchy within one module only, so move the "
                    + "subclass into that module. It is left out of the outputs."),
    REFERENCED_COLUMN_NOWHERE(Kind.ERROR, "referenced-column",
            "@JoinColumn(referencedColumnName = \"%s\") on %s names no column of %s (table %s); Hibernate stops with "
                    + "\"Unable to find column with logical name: %s\". Name a column of the target (its @Column name), or "
                    + "leave referencedColumnName out to refer to its primary key."),
    ENTITY_INTERFACE(Kind.ERROR, "entity-kind",
            "Entity %s is an interface, but Hibernate maps only classes, whose instances it creates and fills; annotate a "
                    + "class that implements it with @Entity instead. It is left out of the outputs."),
    ENTITY_RECORD(Kind.ERROR, "entity-kind",
            "Entity %s is a record, and a record cannot be an entity: its fields are final and it has no constructor "
                    + "without parameters, so Hibernate can neither load nor change it. Make it a class, or annotate the "
                    + "record @Embeddable and embed it in an entity. It is left out of the outputs."),
    ENTITY_INNER_CLASS(Kind.ERROR, "entity-kind",
            "Entity %s is an inner class of %s, so Hibernate cannot create its instances (each needs an instance of %s); "
                    + "declare it static, or move it to a file of its own. It is left out of the outputs."),
    MAPS_ID_NOWHERE(Kind.ERROR, "maps-id",
            "@MapsId(\"%s\") on %s names no attribute of the entity's @EmbeddedId (%s); name one of them, or leave the "
                    + "value out to map the whole identifier."),
    MAP_KEY_NOWHERE(Kind.ERROR, "map-key",
            "@MapKey(name = \"%s\") on %s names no attribute of %s (its attributes are %s); name one of them, or leave "
                    + "the name out to key the map by the target's identifier."),
    MAP_KEY_OF_VALUES(Kind.ERROR, "map-key-values",
            "Attribute %s is an element collection, but @MapKey keys a map by an attribute of its target entity; use "
                    + "@MapKeyColumn to name the key's column, or map the values as an entity."),
    MAP_KEY_NOT_MAP(Kind.ERROR, "map-key-type",
            "Attribute %s is annotated %s, but its type %s is not a Map; remove the annotation, or make the attribute a Map."),
    ASSOCIATION_IN_EMBEDDED_ID(Kind.ERROR, "embedded-id-association",
            "Attribute %s is an association inside the @EmbeddedId class %s; ModelDoc maps only basic attributes in an "
                    + "embedded identifier. Hold the key column as a basic attribute there, and put the association on the "
                    + "entity with @MapsId."),
    IDENTIFYING_TO_MANY(Kind.ERROR, "maps-id",
            "Attribute %s has %s but is %s; only a @ManyToOne or @OneToOne can give an entity its identifier."),
    MAPS_ID_TYPE(Kind.ERROR, "maps-id",
            "@MapsId on %s maps the identifier %s of type %s to the key of %s, whose identifier is of type %s; declare %s as %s, "
                    + "or point the association at an entity with that key."),
    ASSOCIATION_OVERRIDE_NOWHERE(Kind.ERROR, "association-override",
            "@AssociationOverride(name = \"%s\") on %s names no association of %s (%s); name a @ManyToOne, @OneToOne, "
                    + "@OneToMany or @ManyToMany attribute, or remove the override."),
    DERIVED_ID_CYCLE(Kind.ERROR, "derived-id-cycle",
            "Attribute %s derives the identifier of %s from %s, whose identifier derives back from it (%s): no key can "
                    + "come first, and Hibernate cannot map such a ring. Give one of these entities an identifier of its own "
                    + "(@Id on a basic attribute), and drop @Id or @MapsId from the association that leads to it."),
    TO_MANY_NOT_COLLECTION(Kind.ERROR, "to-many-type",
            "Attribute %s is %s but its type %s is not a collection; use Set, List or Collection of the target entity, "
                    + "or @ManyToOne/@OneToOne."),
    TO_ONE_COLLECTION(Kind.ERROR, "to-one-type",
            "Attribute %s is %s but its type %s is a collection; use @OneToMany or @ManyToMany, or a single entity type."),
    MAPPED_BY_MISSING(Kind.ERROR, "mapped-by",
            "Attribute %s is mapped by '%s', but %s has no such attribute; name the attribute of %s that owns the association."),
    MAPPED_BY_WRONG(Kind.ERROR, "mapped-by",
            "Attribute %s is mapped by '%s', but %s.%s is not an owning association back to %s; name the attribute that "
                    + "holds the foreign key or join table."),

    // Tables, columns, constraints, names
    UNKNOWN_SECONDARY_TABLE(Kind.ERROR, "secondary-table",
            "Attribute %s is placed in table '%s', which is neither the table of %s nor one of its @SecondaryTable; "
                    + "declare @SecondaryTable(name = \"%2$s\") on the entity, or fix the table name."),
    DUPLICATE_TABLE(Kind.ERROR, "duplicate-table",
            "Entity %s maps to table %s, which entity %s maps to already; give one of them another @Table(name)."),
    DUPLICATE_COLUMN(Kind.ERROR, "duplicate-column",
            "Table %s has two columns named %s (attributes %s and %s); rename one with @Column(name) or, for an embeddable "
                    + "used twice, with @AttributeOverride."),
    UNKNOWN_INDEX_COLUMN(Kind.ERROR, "index-column",
            "Index %s of entity %s names column %s, which table %s does not have; its columns are %s."),
    NO_COLUMNS(Kind.ERROR, "no-columns",
            "The %s %s of entity %s names no columns (%s), so the database would refuse it; name at least one column "
                    + "of table %s, or remove it."),
    UNKNOWN_UNIQUE_COLUMN(Kind.ERROR, "unique-column",
            "Unique constraint %s of entity %s names column %s, which table %s does not have; its columns are %s."),
    DUPLICATE_INDEX_NAME(Kind.ERROR, "duplicate-index",
            "Index name %s is used twice (tables %s and %s); index names share one namespace in the schema, so rename one."),
    IDENTIFIER_TOO_LONG(Kind.ERROR, "identifier-length",
            "The %s name %s has %d characters, more than %s; give it a shorter name."),
    RESERVED_WORD(Kind.WARNING, "reserved-word",
            "The %s name %s is %s, so ModelDoc quotes it there (%s), in the case the database gives the bare name, so "
                    + "that it names the same object. Hibernate writes it bare and its script fails there; rename it to spare "
                    + "hand-written SQL the quotes."),
    BAD_NAME(Kind.ERROR, "bad-name",
            "The %s name %s cannot be written into SQL: %s. Use letters, digits and _ (or $ after the first), or quote "
                    + "the name (\"\\\"…\\\"\" or backticks) to keep other characters; control characters are never allowed."),
    BAD_CHECK(Kind.ERROR, "bad-check",
            "@BusinessRule(check) of %s must be one SQL boolean expression: %s. Fix the expression: \"%s\"."),
    BAD_DEFINITION(Kind.ERROR, "bad-definition",
            "The columnDefinition of column %s of table %s cannot be written into SQL: %s. Give one column type with its "
                    + "options, e.g. \"varchar(20) default 'new'\", without ';' or comments and with its quotes and "
                    + "parentheses closed: \"%s\"."),
    CHECK_PLACEHOLDER(Kind.ERROR, "check-placeholder",
            "@BusinessRule(check) of %s refers to {%s}, but %s. A placeholder names an attribute of %s that has one column "
                    + "(%s); ModelDoc writes that column's name under the active naming."),
    CHECK_COLUMN(Kind.ERROR, "check-column",
            "@BusinessRule(check) of %s names %s, but table %s has no such column (its columns: %s); name one of them, "
                    + "or write {attribute} to let ModelDoc name the attribute's column under the active naming."),

    // Features
    FEATURE_CLAIMED_TWICE(Kind.ERROR, "feature-twice",
            "Package %s declares feature '%s', which package %s declares already; each feature has one @DataModel package "
                    + "(its subpackages join it), so rename one of them."),
    BLANK_FEATURE(Kind.ERROR, "blank-feature",
            "@DataModel on package %s has a blank feature name; name the feature."),

    // Support and lint
    UNDOCUMENTED_ENTITY(Kind.WARNING, "undocumented",
            "Entity %s has no description; add Javadoc or @Purpose (or set -Amodeldoc.lint=off)."),
    UNDOCUMENTED_ATTRIBUTE(Kind.WARNING, "undocumented",
            "Attribute %s has no description; add Javadoc or @Purpose (or set -Amodeldoc.lint=off)."),
    UNINDEXED_QUERY(Kind.WARNING, "unindexed-query",
            "Query %s searches table %s (%s) by %s, which no key or index serves on %s; an index on %s would serve it, e.g. "
                    + "@Index(name = \"%s\", columnList = \"%s\") in %s (or set -Amodeldoc.lint=off)."),
    QUERY_NOT_ANALYSED(Kind.NOTE, "query-not-analysed",
            "Query %s is not analysed: %s. The document shows it without the indexes it uses."),
    QUERY_INDEX_DROPPED(Kind.WARNING, "dropped-index",
            "The migration for %s drops %s of table %s, which query %s needs to search it by %s; keep the index, or the "
                    + "query reads what the index spared it."),
    TEMPLATE_FAILED(Kind.ERROR, "template",
            "Template %s failed at line %d: %s. Fix the template, or remove it from the modeldoc.templates folder to use the built-in one."),
    BAD_BASELINE(Kind.ERROR, "baseline",
            "%s Pass the model.json of an earlier build with -Amodeldoc.baseline, or leave the option out; no migration is written."),
    RENAMED_FROM_NOWHERE(Kind.ERROR, "renamed-from",
            "@RenamedFrom(\"%s\") on %s names a %s the baseline does not have; name it as it was in the baseline "
                    + "(%s), or remove the annotation."),
    MIGRATION_RISK(Kind.WARNING, "migration",
            "The migration for %s; the script says so too."),
    WRITE_FAILED(Kind.ERROR, "write",
            "Could not write %s: %s"),
    INTERNAL_ERROR(Kind.ERROR, "internal",
            "ModelDoc failed unexpectedly while processing %s: %s. Please report this with the entity that triggers it.");

    private final Kind kind;
    private final String tag;
    private final String text;

    Message(Kind kind, String tag, String text) {
        this.kind = kind;
        this.tag = tag;
        this.text = text;
    }

    public Kind kind() {
        return kind;
    }

    /** The stable tag, e.g. {@code missing-id}. */
    public String tag() {
        return tag;
    }

    /** The text with its {@code %s}/{@code %d} arguments unfilled. */
    public String template() {
        return text;
    }

    /** The text with its tag, e.g. {@code [modeldoc:missing-id] Entity ...}. */
    public String format(Object... args) {
        String body = String.format(Locale.ROOT, text, args);
        return body.startsWith("[modeldoc:") ? body : "[modeldoc:" + tag + "] " + body;
    }
}
