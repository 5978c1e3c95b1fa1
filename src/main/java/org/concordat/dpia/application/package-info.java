/**
 * Use cases for DPIAs: drafting (screening, steps, risks, measures, links to agreements), the DPO's advice and
 * sign-off, queries with what the caller may do; and the DPIA status the agreement rules ask for.
 */
package org.concordat.dpia.application;
