/**
 * DPIAs and their versions: screening with its reasons, step answers, risks scored on the template's matrix,
 * measures with their residual risk, DPO advice and sign-off, with the guards that keep a completed version unchanged.
 */
package org.concordat.dpia.domain;
