package org.concordat.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * The persistence unit's own datasource (whichever CONCORDAT_DATASOURCE names), for the few hot reads done in plain
 * JDBC: a connection taken inside a transaction joins it, one taken outside commits each statement.
 */
@ApplicationScoped
public class PersistenceUnitDataSource {

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    private DataSource dataSource;

    @PostConstruct
    void resolve() {
        dataSource = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(ConnectionProvider.class).unwrap(DataSource.class);
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }
}
