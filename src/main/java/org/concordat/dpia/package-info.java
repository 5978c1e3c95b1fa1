/**
 * Data protection impact assessments on the ICO template: screening, the seven steps, the risk register and its
 * measures, the DPO's advice and sign-off; versioned like agreements, and linked to the agreements they assess.
 */
package org.concordat.dpia;
