/** The record of processing over the API: JSON, CSV or a workbook, by {@code ?format} or by the Accept header. */
package org.concordat.processing.api;
