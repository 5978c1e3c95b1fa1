/** Application services shared by every feature: input validation and the clock. */
package org.concordat.shared.application;
