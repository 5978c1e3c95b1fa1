package org.concordat.shared.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Migrates the schema with Flyway while Hibernate builds the persistence unit, before it validates the schema
 * against the entities. A @Startup bean would run too late: the persistence unit starts first. Uses the
 * persistence unit's own datasource, so PostgreSQL and the embedded database get the same migrations; PostgreSQL
 * also gets the triggers in db/postgresql that make approved records immutable in the database itself.
 * Registered in META-INF/services/org.hibernate.integrator.spi.Integrator.
 */
public class FlywayIntegrator implements Integrator {

    private static final Logger LOG = Logger.getLogger(FlywayIntegrator.class.getName());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        DataSource dataSource = sessionFactory.getServiceRegistry()
                .requireService(ConnectionProvider.class).unwrap(DataSource.class);
        Flyway flyway = Flyway.configure(FlywayIntegrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(isPostgreSql(dataSource)
                        ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                        : new String[] {"classpath:db/migration"})
                // Java migrations are given, not scanned for: a class path scan is fragile inside the server.
                .javaMigrations(new V22_1__SeparateArticle10Conditions())
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "event=schema_migrated applied=" + result.migrationsExecuted
                + " version=" + flyway.info().current().getVersion());
    }

    private static boolean isPostgreSql(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate its schema", e);
        }
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
        // Nothing to release: Flyway holds no resources after migrating.
    }
}
