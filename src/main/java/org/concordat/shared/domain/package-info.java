/**
 * What every feature's domain shares: exceptions carrying a reason fit to show a user, and the schedule of review
 * reminders and dashboard bands that agreements and DPIAs both follow.
 */
package org.concordat.shared.domain;
