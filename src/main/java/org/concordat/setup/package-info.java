/** What happens at start-up: the first administrator (production) or the demo partnership (demo mode). */
package org.concordat.setup;
