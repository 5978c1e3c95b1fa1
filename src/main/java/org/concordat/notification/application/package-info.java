/** Who hears about which agreement event, in what words; the inbox of the signed-in user. */
package org.concordat.notification.application;
