package org.concordat.legal.domain;

/** Where the catalogue comes from (the files shipped in templates/legal); fails with a CatalogueException. */
public interface CatalogueSource {

    Catalogue load();
}
