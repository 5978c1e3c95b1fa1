/** Use cases for organisations: register, update, (de)activate, and queries. */
package org.concordat.organisation.application;
