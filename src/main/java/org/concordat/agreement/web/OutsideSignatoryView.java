package org.concordat.agreement.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.concordat.agreement.application.OutsideSignatories;
import org.concordat.shared.web.Feedback;

/**
 * The agreement page's fragment for signatories outside Concordat: the IG lead names (or replaces, or removes) one
 * per party, and sends a new link when one was locked or lost. Shown only to the IG leads who may.
 */
@Named
@ViewScoped
public class OutsideSignatoryView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String LOADED = OutsideSignatoryView.class.getName() + ".loaded.";

    @Inject
    transient OutsideSignatories signatories;

    private Long versionId;
    private Long organisationId;
    private String signatoryName;
    private String signatoryRole;
    private String signatoryEmail;
    private transient List<OutsideSignatories.Slot> slots;

    /** The parties this IG lead may name an outside signatory for, on this version (none: the fragment is hidden). */
    public List<OutsideSignatories.Slot> slots(long version) {
        // Read once per phase of a request: a submission in this request's actions changes what the page must show.
        FacesContext faces = FacesContext.getCurrentInstance();
        String marker = LOADED + faces.getCurrentPhaseId().getName();
        if (slots == null || versionId == null || versionId != version || faces.getAttributes().get(marker) == null) {
            versionId = version;
            slots = signatories.slots(version);
            faces.getAttributes().put(marker, Boolean.TRUE);
        }
        return slots;
    }

    public List<OutsideSignatories.Slot> getNameable() {
        return getSlots().stream().filter(OutsideSignatories.Slot::mayName).toList();
    }

    public void save() {
        try {
            signatories.name(versionId, organisationId == null ? -1 : organisationId, signatoryName, signatoryRole,
                    signatoryEmail);
            Feedback.info(Feedback.text("outsideSignatory.saved", signatoryName.strip()));
            signatoryName = null;
            signatoryRole = null;
            signatoryEmail = null;
            slots = null;
        } catch (RuntimeException e) {
            Feedback.show("outsideSignatory", e);
        }
    }

    public void remove(long organisation) {
        try {
            signatories.remove(versionId, organisation);
            Feedback.info(Feedback.text("outsideSignatory.removed"));
            slots = null;
        } catch (RuntimeException e) {
            Feedback.show("outsideSignatory", e);
        }
    }

    public void resend(long organisation) {
        try {
            signatories.resend(versionId, organisation);
            Feedback.info(Feedback.text("outsideSignatory.resent"));
            slots = null;
        } catch (RuntimeException e) {
            Feedback.show("outsideSignatory", e);
        }
    }

    /** After an action the list is read again for the version shown. */
    public List<OutsideSignatories.Slot> getSlots() {
        if (slots == null && versionId != null) {
            slots = signatories.slots(versionId);
        }
        return slots == null ? List.of() : slots;
    }

    public Long getVersionId() { return versionId; }
    public void setVersionId(Long versionId) { this.versionId = versionId; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public String getSignatoryName() { return signatoryName; }
    public void setSignatoryName(String signatoryName) { this.signatoryName = signatoryName; }
    public String getSignatoryRole() { return signatoryRole; }
    public void setSignatoryRole(String signatoryRole) { this.signatoryRole = signatoryRole; }
    public String getSignatoryEmail() { return signatoryEmail; }
    public void setSignatoryEmail(String signatoryEmail) { this.signatoryEmail = signatoryEmail; }
}
