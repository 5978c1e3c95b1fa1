package org.concordat.shared.application;

import java.util.Optional;
import org.concordat.shared.domain.Caller;

/** Who is making the current request, if anyone; the security feature provides it. */
public interface CurrentCaller {

    Optional<Caller> get();

    /** The client's address, for the audit trail and sign-in throttling. */
    String sourceAddress();

    /**
     * Marks the current (non-HTTP) unit of work as the system's own, e.g. start-up seeding: nobody is the
     * caller and the audit trail names the task instead of an address.
     */
    void actAsSystem(String task);

    /**
     * Trusted start-up work only: does the work as this user would, with their permissions and in their name in the
     * audit trail (the demo partnership's signatories approving its agreement). Afterwards the unit of work is the
     * system's again.
     */
    void runAs(Caller user, Runnable work);
}
