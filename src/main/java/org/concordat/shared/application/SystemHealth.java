package org.concordat.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Whether this node can do its work: today, whether its database answers. */
@ApplicationScoped
public class SystemHealth {

    private static final Logger LOG = Logger.getLogger(SystemHealth.class.getName());

    @PersistenceContext
    EntityManager em;

    /** Deliberately outside a transaction: a dead database must give false, not a failed commit. */
    public boolean databaseAnswers() {
        try {
            em.createNativeQuery("select 1").getSingleResult();
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "event=health outcome=database_down reason=\"{0}\"", e.getMessage());
            return false;
        }
    }
}
