/** Schema migration at start-up, the shared JSON-B instance, and the hourly timer that runs every feature's calendar job. */
package org.concordat.shared.infrastructure;
