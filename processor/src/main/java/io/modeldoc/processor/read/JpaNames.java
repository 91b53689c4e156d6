package io.modeldoc.processor.read;

import java.util.List;

/**
 * The qualified names of the annotations ModelDoc reads, each concept under every package that
 * spells it (jakarta and the older javax).
 */
public final class JpaNames {

    public static final List<String> ENTITY = persistence("Entity");
    public static final List<String> EMBEDDABLE = persistence("Embeddable");
    public static final List<String> MAPPED_SUPERCLASS = persistence("MappedSuperclass");
    public static final List<String> TABLE = persistence("Table");
    public static final List<String> SECONDARY_TABLE = persistence("SecondaryTable");
    public static final List<String> SECONDARY_TABLES = persistence("SecondaryTables");
    public static final List<String> ID = persistence("Id");
    public static final List<String> EMBEDDED_ID = persistence("EmbeddedId");
    public static final List<String> GENERATED_VALUE = persistence("GeneratedValue");
    public static final List<String> SEQUENCE_GENERATOR = persistence("SequenceGenerator");
    public static final List<String> TABLE_GENERATOR = persistence("TableGenerator");
    public static final List<String> VERSION = persistence("Version");
    public static final List<String> COLUMN = persistence("Column");
    public static final List<String> BASIC = persistence("Basic");
    public static final List<String> LOB = persistence("Lob");
    public static final List<String> ENUMERATED = persistence("Enumerated");
    public static final List<String> TEMPORAL = persistence("Temporal");
    public static final List<String> ID_CLASS = persistence("IdClass");
    public static final List<String> MAPS_ID = persistence("MapsId");
    public static final List<String> ACCESS = persistence("Access");
    public static final List<String> INHERITANCE = persistence("Inheritance");
    public static final List<String> DISCRIMINATOR_COLUMN = persistence("DiscriminatorColumn");
    public static final List<String> DISCRIMINATOR_VALUE = persistence("DiscriminatorValue");
    public static final List<String> PRIMARY_KEY_JOIN_COLUMN = persistence("PrimaryKeyJoinColumn");
    public static final List<String> TRANSIENT = persistence("Transient");
    public static final List<String> EMBEDDED = persistence("Embedded");
    public static final List<String> ATTRIBUTE_OVERRIDE = persistence("AttributeOverride");
    public static final List<String> ATTRIBUTE_OVERRIDES = persistence("AttributeOverrides");
    public static final List<String> ASSOCIATION_OVERRIDE = persistence("AssociationOverride");
    public static final List<String> ASSOCIATION_OVERRIDES = persistence("AssociationOverrides");
    public static final List<String> MANY_TO_ONE = persistence("ManyToOne");
    public static final List<String> ONE_TO_ONE = persistence("OneToOne");
    public static final List<String> ONE_TO_MANY = persistence("OneToMany");
    public static final List<String> MANY_TO_MANY = persistence("ManyToMany");
    public static final List<String> JOIN_COLUMN = persistence("JoinColumn");
    public static final List<String> JOIN_COLUMNS = persistence("JoinColumns");
    public static final List<String> JOIN_TABLE = persistence("JoinTable");
    public static final List<String> ELEMENT_COLLECTION = persistence("ElementCollection");
    public static final List<String> COLLECTION_TABLE = persistence("CollectionTable");
    public static final List<String> ORDER_COLUMN = persistence("OrderColumn");
    public static final List<String> ORDER_BY = persistence("OrderBy");
    public static final List<String> MAP_KEY = persistence("MapKey");
    public static final List<String> MAP_KEY_COLUMN = persistence("MapKeyColumn");
    public static final List<String> MAP_KEY_JOIN_COLUMN = persistence("MapKeyJoinColumn");
    public static final List<String> MAP_KEY_ENUMERATED = persistence("MapKeyEnumerated");
    public static final List<String> MAP_KEY_TEMPORAL = persistence("MapKeyTemporal");
    /** Every annotation that describes a map's key, so only valid on a {@code Map}. */
    public static final List<List<String>> MAP_KEY_ANNOTATIONS = List.of(
            MAP_KEY, MAP_KEY_COLUMN, MAP_KEY_JOIN_COLUMN, MAP_KEY_ENUMERATED, MAP_KEY_TEMPORAL);
    public static final List<String> CONVERT = persistence("Convert");
    public static final List<String> ATTRIBUTE_CONVERTER = persistence("AttributeConverter");
    public static final List<String> NAMED_QUERY = persistence("NamedQuery");
    public static final List<String> NAMED_QUERIES = persistence("NamedQueries");
    public static final List<String> NAMED_NATIVE_QUERY = persistence("NamedNativeQuery");
    public static final List<String> NAMED_NATIVE_QUERIES = persistence("NamedNativeQueries");
    public static final List<String> ENTITY_LISTENERS = persistence("EntityListeners");
    public static final List<String> CACHEABLE = persistence("Cacheable");
    /** The lifecycle events, each the simple name of its annotation. */
    public static final List<String> CALLBACK_EVENTS = List.of(
            "PrePersist", "PostPersist", "PreUpdate", "PostUpdate", "PreRemove", "PostRemove", "PostLoad");

    public static final List<String> NOT_NULL = validation("NotNull");
    public static final List<String> NOT_EMPTY = validation("NotEmpty");
    public static final List<String> NOT_BLANK = validation("NotBlank");
    public static final List<String> SIZE = validation("Size");
    public static final List<String> MIN = validation("Min");
    public static final List<String> MAX = validation("Max");
    public static final List<String> DIGITS = validation("Digits");
    public static final List<String> EMAIL = validation("Email");
    public static final List<String> PATTERN = validation("Pattern");
    public static final List<String> POSITIVE = validation("Positive");
    public static final List<String> POSITIVE_OR_ZERO = validation("PositiveOrZero");
    public static final List<String> NEGATIVE = validation("Negative");
    public static final List<String> NEGATIVE_OR_ZERO = validation("NegativeOrZero");
    public static final List<String> DECIMAL_MIN = validation("DecimalMin");
    public static final List<String> DECIMAL_MAX = validation("DecimalMax");
    public static final List<String> PAST = validation("Past");
    public static final List<String> PAST_OR_PRESENT = validation("PastOrPresent");
    public static final List<String> FUTURE = validation("Future");
    public static final List<String> FUTURE_OR_PRESENT = validation("FutureOrPresent");

    public static final List<String> HIBERNATE_LENGTH = List.of("org.hibernate.validator.constraints.Length");
    public static final List<String> HIBERNATE_RANGE = List.of("org.hibernate.validator.constraints.Range");
    public static final List<String> HIBERNATE_COMMENT = List.of("org.hibernate.annotations.Comment");
    public static final List<String> JDBC_TYPE_CODE = List.of("org.hibernate.annotations.JdbcTypeCode");
    public static final List<String> JDBC_TYPE = List.of("org.hibernate.annotations.JdbcType");
    public static final List<String> NATIONALIZED = List.of("org.hibernate.annotations.Nationalized");
    public static final List<String> HIBERNATE_CACHE = List.of("org.hibernate.annotations.Cache");
    public static final List<String> HIBERNATE_CHECK = List.of("org.hibernate.annotations.Check");
    public static final List<String> HIBERNATE_CHECKS = List.of("org.hibernate.annotations.Checks");
    public static final List<String> NATURAL_ID = List.of("org.hibernate.annotations.NaturalId");
    public static final List<String> ENVERS_AUDITED = List.of("org.hibernate.envers.Audited");
    public static final List<String> CREATION_TIMESTAMP = List.of("org.hibernate.annotations.CreationTimestamp");
    public static final List<String> UPDATE_TIMESTAMP = List.of("org.hibernate.annotations.UpdateTimestamp");
    public static final List<String> CREATED_DATE = List.of("org.springframework.data.annotation.CreatedDate");
    public static final List<String> LAST_MODIFIED_DATE = List.of("org.springframework.data.annotation.LastModifiedDate");
    public static final List<String> CREATED_BY = List.of("org.springframework.data.annotation.CreatedBy");
    public static final List<String> LAST_MODIFIED_BY = List.of("org.springframework.data.annotation.LastModifiedBy");

    private static final String MODELDOC = "io.modeldoc.annotations.";
    public static final List<String> DATA_MODEL = List.of(MODELDOC + "DataModel");
    public static final List<String> USAGE_PATTERNS = List.of(MODELDOC + "UsagePatterns");
    public static final List<String> PURPOSE = List.of(MODELDOC + "Purpose");
    public static final List<String> RENAMED_FROM = List.of(MODELDOC + "RenamedFrom");
    public static final List<String> BUSINESS_RULE = List.of(MODELDOC + "BusinessRule");
    public static final List<String> BUSINESS_RULES = List.of(MODELDOC + "BusinessRules");
    public static final List<String> SENSITIVE = List.of(MODELDOC + "Sensitive");
    public static final List<String> ACCESS_CONTROL = List.of(MODELDOC + "AccessControl");
    public static final List<String> ARCHIVAL = List.of(MODELDOC + "Archival");
    public static final List<String> DEPENDENCIES = List.of(MODELDOC + "Dependencies");
    public static final List<String> TIMELINE = List.of(MODELDOC + "Timeline");
    public static final List<String> RISK = List.of(MODELDOC + "Risk");
    public static final List<String> RISKS = List.of(MODELDOC + "Risks");

    private JpaNames() {
    }

    /** The names of one persistence annotation under jakarta and javax. */
    public static List<String> persistence(String simpleName) {
        return List.of("jakarta.persistence." + simpleName, "javax.persistence." + simpleName);
    }

    private static List<String> validation(String simpleName) {
        return List.of("jakarta.validation.constraints." + simpleName, "javax.validation.constraints." + simpleName);
    }
}
