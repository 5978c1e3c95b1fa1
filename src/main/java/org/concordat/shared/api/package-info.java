/** The REST application, problem details, the shared JSON-B instance and the health endpoint. */
package org.concordat.shared.api;
