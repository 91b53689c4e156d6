package io.modeldoc.processor.read;

import java.util.List;

/**
 * The key of a {@code Map} attribute as written.
 *
 * @param kind      where the key comes from
 * @param attribute {@code @MapKey(name)} for a {@link Kind#TARGET_ATTRIBUTE} key; empty for the target's identifier
 * @param columns   the key's own columns: one for a {@link Kind#BASIC} key, one per field of an {@link Kind#EMBEDDABLE}
 *                  key; empty otherwise
 * @param entity    the qualified name of an {@link Kind#ENTITY} key's class; empty otherwise
 * @param joinColumn {@code @MapKeyJoinColumn(name)} of an {@link Kind#ENTITY} key; empty when implicit
 * @param javaType  the key's Java type as a reader writes it
 */
public record MapKeySource(Kind kind, String attribute, List<ColumnSource> columns, String entity, String joinColumn,
                           String javaType) {

    public MapKeySource {
        columns = List.copyOf(columns);
    }

    /** Where a map's key is stored. */
    public enum Kind {
        /** {@code @MapKey}: an attribute of the target entity, so no column of its own. */
        TARGET_ATTRIBUTE,
        /** A basic, enum or temporal value in a column of its own ({@code @MapKeyColumn}, else {@code <attribute>_KEY}). */
        BASIC,
        /** An embeddable whose fields are columns of their own. */
        EMBEDDABLE,
        /** An entity, referred to by a foreign key ({@code @MapKeyJoinColumn}, else {@code <attribute>_KEY}). */
        ENTITY
    }
}
