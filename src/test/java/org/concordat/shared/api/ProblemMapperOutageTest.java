package org.concordat.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ProblemMapperOutageTest {

    @Test
    void aDatabaseOutageIsATemporary503NotAnIncident() {
        Problem problem = ProblemMapper.problemFor(new PersistenceException(
                new SQLException("Connection to localhost:5432 refused", "08001")));
        assertEquals(503, problem.status());
        assertEquals("/problems/service-unavailable", problem.type());
        assertTrue(problem.detail().contains("Try again in " + ProblemMapper.RETRY_AFTER_SECONDS + " seconds"), problem.detail());
        assertTrue(!problem.detail().contains("incident"), "no incident to quote: " + problem.detail());
    }

    @Test
    void anyOtherFailureIsStillAnIncident() {
        Problem problem = ProblemMapper.problemFor(new PersistenceException(new SQLException("duplicate key", "23505")));
        assertEquals(500, problem.status());
        assertTrue(problem.detail().contains("incident"), problem.detail());
    }
}
