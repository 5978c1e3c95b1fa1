/** Pages: the DPIAs list and a new DPIA, and the DPIA editor (screening, the seven steps, risks, measures, sign-off). */
package org.concordat.dpia.web;
