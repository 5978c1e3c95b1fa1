/** Use cases for agreements: drafting (details, parties, sections, flows), queries with compliance findings. */
package org.concordat.agreement.application;
