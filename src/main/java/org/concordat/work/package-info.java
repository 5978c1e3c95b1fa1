/**
 * What needs me (issue 23): per role, what waits for the signed-in person and their organisation — approvals awaiting
 * its decision, drafts and changes requested, reviews due and overdue, agreements ending soon, DPIAs awaiting the DPO's
 * advice, routes asked about that no agreement covers, people not yet signed in — and a practitioner's recent
 * decisions. The feature owns no table: it reads the views the agreement, dpia, route and security features publish
 * to it (V32), and names organisations and purposes through their application APIs.
 */
package org.concordat.work;
