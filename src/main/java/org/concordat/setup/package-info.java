/**
 * The installation itself: what happens at start-up (the first administrator in production, the demo partnership in
 * demo mode), the settings read from the environment, and the security.txt that says whom to tell about a
 * vulnerability.
 */
package org.concordat.setup;
