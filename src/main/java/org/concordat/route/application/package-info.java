/**
 * The route check use case: the caller's own organisation as sender, codes checked against the legal catalogue,
 * and the answer put into plain English (route-text.properties) with the law behind each covering flow.
 */
package org.concordat.route.application;
