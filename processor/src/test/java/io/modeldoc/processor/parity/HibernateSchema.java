package io.modeldoc.processor.parity;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Hibernate ORM's create script for compiled entity classes, produced offline: no connection, the dialect
 * and database version given as settings. A SessionFactory is built because Bean Validation only shapes the
 * DDL while one is built (BeanValidationIntegrator), and the JPA script target writes the script meanwhile.
 */
public final class HibernateSchema {

    /** Hibernate warns on every bootstrap (deprecated @Temporal, no connection provider); a field keeps JUL's level. */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    static {
        HIBERNATE_LOG.setLevel(Level.SEVERE);
    }

    private HibernateSchema() {
    }

    /**
     * The create script, one statement per entry, without the trailing {@code ;}.
     *
     * @param loader     holds the entity classes (and sees Jakarta Persistence, Validation and Hibernate Validator)
     * @param classNames entities, embeddables, mapped superclasses and converters to map
     */
    public static List<String> createScript(ClassLoader loader, List<String> classNames, ParitySettings settings) {
        StringWriter script = new StringWriter();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Hibernate Validator and Hibernate's class loading service look at the context loader too.
        thread.setContextClassLoader(loader);
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
                .applySettings(configuration(settings, script))
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (String className : classNames) {
                sources.addAnnotatedClass(loader.loadClass(className));
            }
            MetadataBuilder builder = sources.getMetadataBuilder();
            if (settings.naming() == NamingMode.SNAKE_CASE) {
                builder.applyImplicitNamingStrategy(new AttributeJoinTableNamingStrategy());
                builder.applyPhysicalNamingStrategy(new PhysicalNamingStrategySnakeCaseImpl());
            }
            Metadata metadata = builder.build();
            // Building the SessionFactory runs the Bean Validation integrator, then the schema script action.
            try (SessionFactory factory = metadata.buildSessionFactory()) {
                requireTargetVersion(factory, settings.dialect());
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("entity class not found: " + e.getMessage(), e);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
            thread.setContextClassLoader(previous);
        }
        return statements(script.toString());
    }

    /** The settings of an offline script export for one dialect and version. */
    static Map<String, Object> configuration(ParitySettings settings, StringWriter script) {
        ParityDialect dialect = settings.dialect();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        config.put("jakarta.persistence.database-product-name", dialect.productName());
        config.put("jakarta.persistence.database-major-version", String.valueOf(dialect.majorVersion()));
        config.put("jakarta.persistence.database-minor-version", String.valueOf(dialect.minorVersion()));
        config.put("jakarta.persistence.schema-generation.database.action", "none");
        config.put("jakarta.persistence.schema-generation.scripts.action", "create");
        config.put("jakarta.persistence.schema-generation.scripts.create-target", script);
        config.put("hibernate.hbm2ddl.delimiter", ";");
        config.put("hibernate.format_sql", "false");
        // Declaration order where Hibernate can keep it; catalogs are compared by column name anyway.
        config.put("hibernate.column_ordering_strategy", "legacy");
        config.put("jakarta.persistence.validation.mode", settings.validationDdl() ? "ddl" : "none");
        config.put("hibernate.validator.apply_to_ddl", String.valueOf(settings.validationDdl()));
        // The SessionFactory builds a loader per entity: with many eager to-one associations through embeddables the
        // fetch graph grows exponentially (fuzz seeds 56776-56800 ran for minutes). Loaders do not touch the schema.
        config.put("hibernate.max_fetch_depth", "0");
        return config;
    }

    /** One statement per line, as Hibernate writes the script when it is not formatted. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        for (String line : script.split("\\R")) {
            String statement = line.strip();
            if (statement.endsWith(";")) {
                statement = statement.substring(0, statement.length() - 1).strip();
            }
            if (!statement.isEmpty()) {
                statements.add(statement);
            }
        }
        return statements;
    }

    /** Without this check a misspelt setting would silently give another dialect or its minimum version. */
    private static void requireTargetVersion(SessionFactory factory, ParityDialect dialect) {
        Dialect used = factory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
        DatabaseVersion version = used.getVersion();
        if (!used.getClass().getSimpleName().equals(dialect.hibernateDialect())
                || version.getDatabaseMajorVersion() != dialect.majorVersion()
                || version.getDatabaseMinorVersion() != dialect.minorVersion()) {
            throw new IllegalStateException("Hibernate used " + used.getClass().getSimpleName() + " " + version
                    + " instead of " + dialect.majorVersion() + "." + dialect.minorVersion());
        }
    }
}
