/** The practitioner's route check page, the decision form and the decision logs. */
package org.concordat.route.web;
