/** The partner organisations of the partnership: their sector, legal standing, DPO and policy document. */
package org.concordat.organisation;
