/**
 * Route checks: "may my organisation share this, about them, with that organisation, for this purpose?" —
 * answered from the agreements in force between the two organisations, with the reasons when the answer is no
 * and what the golden rules say to do now. The sharing decision log comes next.
 */
package org.concordat.route;
