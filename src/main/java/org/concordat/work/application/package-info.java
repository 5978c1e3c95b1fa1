/** The home's use case: the signed-in person's work, for their roles and organisation only ({@link org.concordat.work.application.MyWork}). */
package org.concordat.work.application;
