package org.concordat.document.signing.domain;

import java.time.Instant;
import org.concordat.shared.domain.Messages;

/**
 * What one signature says about itself, in the PDF's signature dictionary: who signed (Name), for which
 * organisation (Reason "Approved on behalf of ..."), how to reach them (ContactInfo), when (M).
 *
 * @param certify whether this is the document's first signature, which certifies it: afterwards only further
 *                signatures (and form filling) are allowed
 * @param identifiedBy how a signer without an account was identified (said in the Reason), or null
 */
public record SignatureRequest(String signerName, String signerEmail, String role, String organisation, Instant signedAt,
                               boolean certify, String identifiedBy) {

    public SignatureRequest(String signerName, String signerEmail, String role, String organisation, Instant signedAt,
                            boolean certify) {
        this(signerName, signerEmail, role, organisation, signedAt, certify, null);
    }

    public String reason() {
        String reason = Messages.text("document.SignatureRequest.approvedOnBehalfOf", organisation);
        return identifiedBy == null ? reason : Messages.text("document.SignatureRequest.identified", reason, identifiedBy);
    }

    public String contactInfo() {
        return signerEmail + " (" + role + ", " + organisation + ")";
    }

    /** Where the signature was made: Concordat, online. */
    public String location() {
        return Messages.text("document.SignatureRequest.concordatOnlineApproval");
    }
}
