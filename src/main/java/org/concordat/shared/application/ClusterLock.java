package org.concordat.shared.application;

/**
 * Work that one node of a cluster at a time may do, such as the set-up of a first start (the signing authority, the
 * built-in templates, the first administrator): two nodes starting together on an empty database would otherwise
 * both create them, and one would fail. Scheduled work that every node's timer starts runs on one node only
 * ({@link #ifFree}).
 */
public interface ClusterLock {

    /** Runs the work once no other node holds the lock of that name, holding it meanwhile. */
    void exclusively(String name, Runnable work);

    /**
     * Runs the work now, holding the lock, if no other node holds it; otherwise does nothing (another node is doing
     * it). True when the work ran here.
     */
    boolean ifFree(String name, Runnable work);
}
