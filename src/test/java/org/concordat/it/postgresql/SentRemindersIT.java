package org.concordat.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.concordat.agreement.domain.AgreementRepository;
import org.concordat.dpia.domain.DpiaRepository;
import org.concordat.it.support.Deployments;
import org.concordat.organisation.domain.Organisation;
import org.concordat.organisation.domain.OrganisationDetails;
import org.concordat.organisation.domain.Sector;
import org.hibernate.Session;
import org.hibernate.SessionEventListener;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the server, in the calendar's own position: a transaction whose persistence context holds work not yet
 * written. Looking up which review reminders were already sent must neither write that work nor walk the context to
 * decide whether to (on 10,000 agreements that walk, once per version due for review, made a run take 31 s).
 *
 * <p>Each check is paired with an ordinary native query in the same transaction, which does both: so the test sees
 * the walk and the write whenever they happen, and would fail if the lookups began to flush again.
 */
@ExtendWith(ArquillianExtension.class)
class SentRemindersIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.concordatToChange().addClass(SentRemindersIT.class);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Inject
    AgreementRepository agreements;

    @Inject
    DpiaRepository dpias;

    private final AtomicInteger entitiesWalked = new AtomicInteger();
    private String pendingName;

    @BeforeEach
    void holdUnwrittenWork() throws Exception {
        transaction.begin();
        pendingName = "Pending organisation " + System.nanoTime();
        em.persist(new Organisation(new OrganisationDetails(pendingName, Sector.VOLUNTARY, false, false,
                null, null, null, null, null, null), Instant.now()));
        // A full flush and the automatic one before a query (which may end by writing nothing) both report here.
        em.unwrap(Session.class).addEventListeners(new SessionEventListener() {
            @Override
            public void flushEnd(int numberOfEntities, int numberOfCollections) {
                entitiesWalked.addAndGet(numberOfEntities);
            }

            @Override
            public void partialFlushEnd(int numberOfEntities, int numberOfCollections) {
                entitiesWalked.addAndGet(numberOfEntities);
            }
        });
    }

    @AfterEach
    void discardIt() throws Exception {
        transaction.rollback();
    }

    @Test
    void agreementReminderLookupNeitherWalksNorWritesThePersistenceContext() {
        assertTrue(agreements.remindersSent(Long.MAX_VALUE).isEmpty());

        assertUntouched();
        assertAnOrdinaryQueryWalksAndWrites();
    }

    @Test
    void dpiaReminderLookupNeitherWalksNorWritesThePersistenceContext() {
        assertTrue(dpias.remindersSent(Long.MAX_VALUE).isEmpty());

        assertUntouched();
        assertAnOrdinaryQueryWalksAndWrites();
    }

    private void assertUntouched() {
        assertEquals(0, entitiesWalked.get(), "entities walked for a flush");
        assertEquals(0, rowsNamedPending(), "the pending organisation was written");
    }

    private void assertAnOrdinaryQueryWalksAndWrites() {
        em.createNativeQuery("select 1").getSingleResult();
        assertTrue(entitiesWalked.get() > 0, "an ordinary native query walks the persistence context");
        assertEquals(1, rowsNamedPending(), "and writes what it holds");
    }

    /** Reads on the transaction's own connection, straight through JDBC, so that the read itself flushes nothing. */
    private int rowsNamedPending() {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("select count(*) from organisation where name = ?")) {
                statement.setString(1, pendingName);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }
}
