package io.modeldoc.processor.fuzz;

/** Qualified names of the annotations the grammar writes, and small builders for the common ones. */
final class Jpa {

    static final String P = "jakarta.persistence.";
    static final String ENTITY = P + "Entity";
    static final String MAPPED_SUPERCLASS = P + "MappedSuperclass";
    static final String EMBEDDABLE = P + "Embeddable";
    static final String ID = P + "Id";
    static final String EMBEDDED_ID = P + "EmbeddedId";
    static final String ID_CLASS = P + "IdClass";
    static final String MAPS_ID = P + "MapsId";
    static final String GENERATED_VALUE = P + "GeneratedValue";
    static final String GENERATION_TYPE = P + "GenerationType";
    static final String SEQUENCE_GENERATOR = P + "SequenceGenerator";
    static final String TABLE_GENERATOR = P + "TableGenerator";
    static final String COLUMN = P + "Column";
    static final String TABLE = P + "Table";
    static final String INDEX = P + "Index";
    static final String UNIQUE_CONSTRAINT = P + "UniqueConstraint";
    static final String LOB = P + "Lob";
    static final String TEMPORAL = P + "Temporal";
    static final String TEMPORAL_TYPE = P + "TemporalType";
    static final String ENUMERATED = P + "Enumerated";
    static final String ENUM_TYPE = P + "EnumType";
    static final String EMBEDDED = P + "Embedded";
    static final String ATTRIBUTE_OVERRIDE = P + "AttributeOverride";
    static final String ASSOCIATION_OVERRIDE = P + "AssociationOverride";
    static final String MANY_TO_ONE = P + "ManyToOne";
    static final String ONE_TO_ONE = P + "OneToOne";
    static final String ONE_TO_MANY = P + "OneToMany";
    static final String MANY_TO_MANY = P + "ManyToMany";
    static final String JOIN_COLUMN = P + "JoinColumn";
    static final String JOIN_COLUMNS = P + "JoinColumns";
    static final String JOIN_TABLE = P + "JoinTable";
    static final String ELEMENT_COLLECTION = P + "ElementCollection";
    static final String COLLECTION_TABLE = P + "CollectionTable";
    static final String ORDER_COLUMN = P + "OrderColumn";
    static final String MAP_KEY_COLUMN = P + "MapKeyColumn";
    static final String MAP_KEY_ENUMERATED = P + "MapKeyEnumerated";
    static final String MAP_KEY_JOIN_COLUMN = P + "MapKeyJoinColumn";
    static final String MAP_KEY = P + "MapKey";
    static final String INHERITANCE = P + "Inheritance";
    static final String INHERITANCE_TYPE = P + "InheritanceType";
    static final String DISCRIMINATOR_COLUMN = P + "DiscriminatorColumn";
    static final String DISCRIMINATOR_TYPE = P + "DiscriminatorType";
    static final String DISCRIMINATOR_VALUE = P + "DiscriminatorValue";
    static final String PRIMARY_KEY_JOIN_COLUMN = P + "PrimaryKeyJoinColumn";

    static final String V = "jakarta.validation.constraints.";
    static final String NOT_NULL = V + "NotNull";
    static final String NOT_BLANK = V + "NotBlank";
    static final String NOT_EMPTY = V + "NotEmpty";
    static final String SIZE = V + "Size";
    static final String MIN = V + "Min";
    static final String MAX = V + "Max";
    static final String DIGITS = V + "Digits";
    static final String LENGTH = "org.hibernate.validator.constraints.Length";

    private Jpa() {
    }

    static JavaAnnotation a(String type) {
        return JavaAnnotation.of(type);
    }

    /** {@code @JoinColumn(name = "...")}. */
    static JavaAnnotation joinColumn(String name) {
        return a(JOIN_COLUMN).withString("name", name);
    }

    static JavaAnnotation column(String name) {
        return a(COLUMN).withString("name", name);
    }

    /** An enum constant of a JPA enum as a literal: {@code GenerationType.SEQUENCE}. */
    static String constant(String enumType, String constant) {
        return enumType + "." + constant;
    }

    static JavaAnnotation.Array array(JavaAnnotation... annotations) {
        return new JavaAnnotation.Array(java.util.Arrays.stream(annotations)
                .<JavaAnnotation.Value>map(JavaAnnotation.Nested::new).toList());
    }

    static JavaAnnotation.Array strings(java.util.List<String> values) {
        return new JavaAnnotation.Array(values.stream()
                .<JavaAnnotation.Value>map(v -> new JavaAnnotation.Literal(JavaAnnotation.quote(v))).toList());
    }
}
