package org.concordat.organisation.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.organisation.application.RegisterOrganisation;
import org.concordat.organisation.application.UpdateOrganisation;
import org.concordat.organisation.domain.OrganisationDetails;
import org.concordat.organisation.domain.Sector;
import org.concordat.shared.application.CurrentCaller;
import org.concordat.shared.application.InputValidator;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.domain.Language;
import org.concordat.shared.domain.Role;
import org.concordat.shared.web.DateInput;
import org.concordat.shared.web.Feedback;

/**
 * Add an organisation (administrators) or edit one (administrators; an IG lead for their own). The version
 * read when the page opened travels with the form, so a save over someone else's newer save is refused.
 */
@Named
@ViewScoped
public class OrganisationEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationQueries queries;

    @Inject
    RegisterOrganisation register;

    @Inject
    UpdateOrganisation update;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    InputValidator validator;

    private Long id;
    private long version;
    private boolean active = true;
    private String name;
    private Sector sector;
    private boolean publicAuthority;
    private boolean competentAuthority;
    private String icoRegistrationNumber;
    private String dpoName;
    private String dpoEmail;
    private String dpoPhone;
    private String apdReference;
    private String apdDate;
    private String loadedName;
    private String documentLanguage = Language.ENGLISH.code();

    /** Opens the page: only those who may save it see the form at all. */
    public void load() throws IOException {
        Caller caller = currentCaller.get().orElseThrow();
        boolean allowed = caller.has(Role.ADMIN) || (id != null && caller.has(Role.IG_LEAD) && caller.belongsTo(id));
        if (!allowed) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, "Forbidden");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        if (id != null && loadedName == null) {
            show(queries.get(id));
        }
    }

    public String getTitle() {
        return id == null ? Feedback.text("organisation.titleNew") : Feedback.text("organisation.titleEdit", loadedName);
    }

    public String save() {
        List<FieldError> dateErrors = new ArrayList<>();
        LocalDate adopted = DateInput.parse(apdDate, "apdDate", dateErrors);
        OrganisationDetails details = new OrganisationDetails(name, sector, publicAuthority, competentAuthority,
                icoRegistrationNumber, dpoName, dpoEmail, dpoPhone, apdReference, adopted);
        if (!dateErrors.isEmpty()) {
            // Report the date together with everything else wrong on the form, in one go.
            dateErrors.addAll(validator.errorsOf(details.normalised()));
            Feedback.show("form", new InvalidInputException(dateErrors));
            return null;
        }
        try {
            OrganisationData saved = id == null ? register.register(details) : update.update(id, version, details);
            Feedback.infoAfterRedirect(Feedback.text("organisation.saved", saved.name()));
            return "/app/organisations?faces-redirect=true";
        } catch (RuntimeException e) {
            Feedback.show("form", e);
            return null;
        }
    }

    public void toggleActive() {
        try {
            boolean activate = !active;
            show(update.setActive(id, version, activate));
            Feedback.info(Feedback.text(activate ? "organisation.reactivated" : "organisation.deactivated", name));
        } catch (RuntimeException e) {
            Feedback.show("form", e);
        }
    }

    /** The language of the fixed text and headings of the PDFs of what the organisation leads (issue 23). */
    public void saveDocumentLanguage() {
        try {
            Language chosen = Language.ofCode(documentLanguage).orElse(Language.ENGLISH);
            show(update.chooseDocumentLanguage(id, version, chosen));
            Feedback.info(Feedback.text("organisation.documentLanguage.saved", Feedback.text("language." + chosen.code())));
        } catch (RuntimeException e) {
            Feedback.show("documentLanguageForm", e);
        }
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public String getDocumentLanguage() { return documentLanguage; }
    public void setDocumentLanguage(String code) { this.documentLanguage = code; }

    private void show(OrganisationData o) {
        documentLanguage = o.documentLanguage().code();
        OrganisationDetails d = o.details();
        id = o.id();
        version = o.version();
        active = o.active();
        loadedName = d.name();
        name = d.name();
        sector = d.sector();
        publicAuthority = d.publicAuthority();
        competentAuthority = d.competentAuthority();
        icoRegistrationNumber = d.icoRegistrationNumber();
        dpoName = d.dpoName();
        dpoEmail = d.dpoEmail();
        dpoPhone = d.dpoPhone();
        apdReference = d.apdReference();
        apdDate = DateInput.format(d.apdDate());
    }

    public List<Sector> getSectors() {
        return List.of(Sector.values());
    }

    public boolean isExisting() { return id != null; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isActive() { return active; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Sector getSector() { return sector; }
    public void setSector(Sector sector) { this.sector = sector; }
    public boolean isPublicAuthority() { return publicAuthority; }
    public void setPublicAuthority(boolean v) { this.publicAuthority = v; }
    public boolean isCompetentAuthority() { return competentAuthority; }
    public void setCompetentAuthority(boolean v) { this.competentAuthority = v; }
    public String getIcoRegistrationNumber() { return icoRegistrationNumber; }
    public void setIcoRegistrationNumber(String v) { this.icoRegistrationNumber = v; }
    public String getDpoName() { return dpoName; }
    public void setDpoName(String v) { this.dpoName = v; }
    public String getDpoEmail() { return dpoEmail; }
    public void setDpoEmail(String v) { this.dpoEmail = v; }
    public String getDpoPhone() { return dpoPhone; }
    public void setDpoPhone(String v) { this.dpoPhone = v; }
    public String getApdReference() { return apdReference; }
    public void setApdReference(String v) { this.apdReference = v; }
    public String getApdDate() { return apdDate; }
    public void setApdDate(String v) { this.apdDate = v; }
}
