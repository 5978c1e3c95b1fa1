/**
 * The record of processing (UK GDPR Article 30; DPA 2018 Schedule 1 paragraph 41): for one organisation, every
 * processing it takes part in through agreements in force, as a controller's record would list it, and for each
 * Schedule 1 condition that needs an appropriate policy document, the paragraph 41 record. Read from the views the
 * agreement feature publishes (V30: record_candidate_version, _party, _flow), never from its tables; the law of each
 * flow is the agreement's {@code LegalBasis}, named from the legal catalogue.
 */
package org.concordat.processing;
