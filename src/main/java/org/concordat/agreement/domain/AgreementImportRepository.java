package org.concordat.agreement.domain;

import java.util.List;
import java.util.Optional;

/** Where imports and the parties' confirmations of them are kept. */
public interface AgreementImportRepository {

    AgreementImport add(AgreementImport record);

    /** The import that created the version, if it was imported. */
    Optional<AgreementImport> forVersion(long versionId);

    ImportConfirmation add(ImportConfirmation confirmation);

    /** The confirmations of the version, oldest first. */
    List<ImportConfirmation> confirmations(long versionId);
}
