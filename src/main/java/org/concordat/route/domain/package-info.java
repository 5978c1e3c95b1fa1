/**
 * The matching rules of a route check as plain Java: the question, the candidate agreement versions and flows,
 * policies that each return the reason a flow does not cover the route, and the answer as codes (never wording).
 */
package org.concordat.route.domain;
