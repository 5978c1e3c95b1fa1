/**
 * The record of processing as a use case: who may read it (the organisation's IG leads and DPOs, and administrators),
 * the filter checked against the catalogue, the record assembled and named from the catalogue
 * ({@link org.concordat.processing.application.RecordAssembly}, plain Java), and its CSV and workbook
 * ({@link org.concordat.processing.application.RecordSheets}, through the one spreadsheet writer).
 */
package org.concordat.processing.application;
