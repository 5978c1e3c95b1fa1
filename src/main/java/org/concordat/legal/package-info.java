/**
 * The legal heart of Concordat: the catalogue of the law (data files under templates/legal, loaded and
 * validated at start-up) and, next, the compliance rules that check sharing flows against it.
 */
package org.concordat.legal;
