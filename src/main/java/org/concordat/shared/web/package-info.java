/** What every page shares: messages to the user beside the right field. */
package org.concordat.shared.web;
