package org.concordat.agreement.domain;

import java.io.Serializable;
import java.util.Set;
import org.concordat.shared.domain.ListOrder;
import org.concordat.shared.domain.StatusTag;

/**
 * What the agreements list is narrowed to. Every part is optional (null or empty means "any").
 *
 * @param text              words in the reference, the title, the purpose, a party's name, or the name of a flow's
 *                          purpose (case ignored)
 * @param purposeCodes      the catalogue purposes whose names hold {@code text}: resolved by the caller from the
 *                          catalogue in force, so the database matches a flow's purpose by its code
 * @param status            where the agreement stands today, in the words every page uses
 * @param partyId           an organisation that is a party
 * @param lawfulBasis       an Art 6(1) basis (catalogue code) relied on by at least one flow
 * @param specialCondition  an Art 9(2) condition (catalogue code) relied on by at least one flow
 */
public record AgreementFilter(String text, Set<String> purposeCodes, StatusTag status, Long partyId, String lawfulBasis,
                              String specialCondition, ListOrder sort) implements Serializable {

    public AgreementFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        purposeCodes = purposeCodes == null ? Set.of() : Set.copyOf(purposeCodes);
        lawfulBasis = lawfulBasis == null || lawfulBasis.isBlank() ? null : lawfulBasis;
        specialCondition = specialCondition == null || specialCondition.isBlank() ? null : specialCondition;
        sort = sort == null ? ListOrder.NEWEST : sort;
    }

    /** Every agreement the reader may see, newest first. */
    public static AgreementFilter none() {
        return new AgreementFilter(null, Set.of(), null, null, null, null, ListOrder.NEWEST);
    }

    public AgreementFilter withPurposeCodes(Set<String> codes) {
        return new AgreementFilter(text, codes, status, partyId, lawfulBasis, specialCondition, sort);
    }
}
