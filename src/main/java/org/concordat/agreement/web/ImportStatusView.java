package org.concordat.agreement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import org.concordat.agreement.application.AgreementImports;
import org.concordat.shared.web.Feedback;

/**
 * On an agreement's page, for a version brought in from outside Concordat: "Imported — confirmed by X of Y parties",
 * who imported it, the signed PDF kept, each party's confirmation, and the Confirm button for a party that has not.
 */
@Named
@ViewScoped
public class ImportStatusView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgreementImports imports;

    /** Read once per version per view (the page asks several times while rendering); null: approved in Concordat. */
    private final HashMap<Long, AgreementImports.ImportStatus> read = new HashMap<>();

    /** The import behind the version, or null when it was approved in Concordat. */
    public AgreementImports.ImportStatus of(long versionId) {
        if (!read.containsKey(versionId)) {
            read.put(versionId, imports.status(versionId).orElse(null));
        }
        return read.get(versionId);
    }

    public String confirm(long versionId) {
        try {
            AgreementImports.ImportStatus status = imports.confirm(versionId);
            Feedback.infoAfterRedirect(Feedback.text(status.complete() ? "import.confirmedByAll" : "import.confirmedByYou",
                    status.confirmed(), status.parties().size()));
            return "/app/agreement?faces-redirect=true&id=" + versionId;
        } catch (RuntimeException e) {
            read.remove(versionId);
            Feedback.show("importConfirmation", e);
            return null;
        }
    }
}
