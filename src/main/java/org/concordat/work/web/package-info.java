/** The home page: what needs me, or for a practitioner "Check a route" and their recent decisions. */
package org.concordat.work.web;
