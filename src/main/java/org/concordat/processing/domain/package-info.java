/**
 * What the record of processing is made of: the organisation's part in each flow of an agreement in force
 * ({@link org.concordat.processing.domain.ProcessingActivity}), the filter by Article 6 basis and Article 9 condition,
 * and the port that reads the activities.
 */
package org.concordat.processing.domain;
