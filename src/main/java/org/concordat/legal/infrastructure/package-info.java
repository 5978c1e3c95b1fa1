/** Reading the legal catalogue from its YAML files. */
package org.concordat.legal.infrastructure;
