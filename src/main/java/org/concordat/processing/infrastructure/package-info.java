/** The record of processing's one SQL query, over the views the agreement feature publishes to it (V30). */
package org.concordat.processing.infrastructure;
