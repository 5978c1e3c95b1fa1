/** The queues read in SQL from the views other features publish to work (V32), a count and the first few of each. */
package org.concordat.work.infrastructure;
