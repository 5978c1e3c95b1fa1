/** Pages: the DPIAs list and a new DPIA, the DPIA editor (screening, the seven steps, risks, measures, sign-off), and the DPIAs due for review on the Reviews page. */
package org.concordat.dpia.web;
