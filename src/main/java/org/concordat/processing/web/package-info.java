/** The record of processing page: the filter in the address, the record, its CSV and workbook. */
package org.concordat.processing.web;
