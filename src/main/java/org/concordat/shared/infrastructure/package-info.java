/** Schema migration at start-up and the shared JSON-B instance. */
package org.concordat.shared.infrastructure;
