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
}
