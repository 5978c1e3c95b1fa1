package org.concordat.document.signing.domain;

import java.util.List;
import java.util.Optional;

/** The PDFs rendered at submission and signed by each party, and the signatures recorded on them. */
public interface SignedDocumentRepository {

    SignedDocument add(SignedDocument document);

    /** The document of one submission round, locked until the transaction ends: signatures are added one at a time. */
    Optional<SignedDocument> forUpdate(long versionId, int round);

    /** The document of the version's latest submission round. */
    Optional<SignedDocument> latest(long versionId);

    Optional<SignedDocument> find(long id);

    /** Documents whose rendering, or whose current content, has this SHA-256. */
    List<SignedDocument> withSha256(String sha256);

    List<SignedDocument> ofVersion(long versionId);

    DocumentSignature add(DocumentSignature signature);

    List<DocumentSignature> signatures(long signedDocumentId);

    /** Recorded signatures whose revision (the document as the signature left it) has this SHA-256. */
    List<DocumentSignature> signaturesWithRevision(String revisionSha256);

    void flush();
}
