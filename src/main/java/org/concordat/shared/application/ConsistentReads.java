package org.concordat.shared.application;

import java.util.function.Supplier;

/**
 * Reads of the in-memory read models that belong together (a token and its user; a route's agreements and its
 * organisations) see the database at one moment: the change feed's generation is read once for all of them, not
 * once by each. Nothing inside may write: its own changes would not be seen.
 */
public interface ConsistentReads {

    <T> T atOneMoment(Supplier<T> reads);
}
