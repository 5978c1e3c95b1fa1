/** Application services shared by every feature: input validation, the clock, the caller, and the calendar job contract. */
package org.concordat.shared.application;
