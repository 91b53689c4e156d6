package io.modeldoc.processor.parity;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * Hibernate's JPA-compliant implicit naming, except that a join table is named
 * {@code <owning physical table>_<owning attribute>}, as Spring Boot names it by default
 * (JPA's own rule is {@code <owning table>_<target table>}).
 */
final class AttributeJoinTableNamingStrategy extends ImplicitNamingStrategyJpaCompliantImpl {

    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        String attribute = source.getAssociationOwningAttributePath().getProperty();
        return toIdentifier(source.getOwningPhysicalTableName() + "_" + attribute, source.getBuildingContext());
    }
}
