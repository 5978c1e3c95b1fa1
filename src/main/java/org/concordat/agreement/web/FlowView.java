package org.concordat.agreement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.application.AgreementDrafting;
import org.concordat.agreement.application.AgreementQueries;
import org.concordat.agreement.domain.FlowDetails;
import org.concordat.legal.application.ComplianceChecks;
import org.concordat.legal.application.LegalCatalogue;
import org.concordat.legal.domain.CatalogueEntry;
import org.concordat.legal.domain.LegalBasis;
import org.concordat.legal.domain.Topic;
import org.concordat.legal.domain.compliance.Finding;
import org.concordat.legal.domain.compliance.PartyFacts;
import org.concordat.legal.domain.compliance.Regime;
import org.concordat.legal.domain.compliance.Suggestion;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.shared.web.Feedback;

/**
 * The flow editor: every coded field chosen from the catalogue with its plain-English summary beside it, the
 * findings that concern this flow, and suggestions with their reasons — offered, never applied.
 */
@Named
@ViewScoped
public class FlowView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgreementQueries queries;

    @Inject
    AgreementDrafting drafting;

    @Inject
    LegalCatalogue catalogue;

    @Inject
    ComplianceChecks compliance;

    @Inject
    OrganisationQueries organisations;

    private Long version;
    private String key;
    private AgreementData agreement;
    private String sender;
    private String recipient;
    private boolean bothWays;
    private List<String> dataSubjects = new ArrayList<>();
    private List<String> dataCategories = new ArrayList<>();
    private String purpose;
    private String frequency;
    private String transferMethod;
    private String retention;
    private Regime regime = Regime.GENERAL;
    private List<String> lawfulBases = new ArrayList<>();
    private String recognisedInterest;
    private String article9Condition;
    private String schedule1Condition;
    private String article10Authority;
    private String article10Condition;
    private String lawEnforcementBasis;
    private String sensitiveProcessing;
    private String schedule8Condition;
    private List<String> statutoryGateways = new ArrayList<>();
    private String otherLegalPower;
    private String legitimateInterestsAssessment;
    private String recipientSecrecy;
    private String confidentialityBasis;
    private String notes;

    public void load() {
        if (version != null && agreement == null) {
            agreement = queries.version(version);
            if (key != null) {
                agreement.flows().stream().filter(f -> f.key().equals(key)).findFirst()
                        .ifPresent(f -> show(f.details()));
            }
        }
    }

    public String save() {
        try {
            AgreementData saved = drafting.saveFlow(agreement.versionId(), agreement.lockVersion(), key, details());
            if (key == null) {
                key = saved.flows().get(saved.flows().size() - 1).key();
            }
            agreement = saved;
            Feedback.infoAfterRedirect(Feedback.text("flow.saved", number(key)));
            return "/app/flow?faces-redirect=true&version=" + saved.versionId() + "&key=" + key;
        } catch (RuntimeException e) {
            Feedback.show("flow", e);
            return null;
        }
    }

    private FlowDetails details() {
        return new FlowDetails(sender, recipient, bothWays, new LinkedHashSet<>(dataSubjects),
                new LinkedHashSet<>(dataCategories), purpose, frequency, transferMethod, retention,
                new LegalBasis(regime, new LinkedHashSet<>(lawfulBases), recognisedInterest,
                        LegalBasis.Condition.of(article9Condition, schedule1Condition),
                        LegalBasis.Condition.of(article10Authority, article10Condition), lawEnforcementBasis,
                        LegalBasis.Condition.of(sensitiveProcessing, schedule8Condition),
                        new LinkedHashSet<>(statutoryGateways), otherLegalPower, confidentialityBasis, legitimateInterestsAssessment, recipientSecrecy), notes);
    }

    private void show(FlowDetails d) {
        sender = d.sender();
        recipient = d.recipient();
        bothWays = d.bothWays();
        dataSubjects = new ArrayList<>(d.dataSubjects());
        dataCategories = new ArrayList<>(d.dataCategories());
        purpose = d.purpose();
        frequency = d.frequency();
        transferMethod = d.transferMethod();
        retention = d.retention();
        LegalBasis law = d.law();
        regime = law.regime();
        lawfulBases = new ArrayList<>(law.lawfulBases());
        recognisedInterest = law.recognisedInterest();
        article9Condition = law.specialCategory().condition();
        schedule1Condition = law.specialCategory().schedule();
        article10Authority = law.criminalOffence().condition();
        article10Condition = law.criminalOffence().schedule();
        lawEnforcementBasis = law.lawEnforcementBasis();
        sensitiveProcessing = law.sensitiveProcessing().condition();
        schedule8Condition = law.sensitiveProcessing().schedule();
        statutoryGateways = new ArrayList<>(law.statutoryGateways());
        otherLegalPower = law.otherLegalPower();
        legitimateInterestsAssessment = law.legitimateInterestsAssessment();
        recipientSecrecy = law.recipientSecrecy();
        confidentialityBasis = law.confidentialityBasis();
        notes = d.notes();
    }

    /** Findings of the agreement that concern this flow. */
    public List<Finding> getFindings() {
        if (key == null) {
            return List.of();
        }
        return agreement.compliance().findings().stream().filter(f -> key.equals(f.flowId())).toList();
    }

    /** Suggestions for the saved sender, purpose and data; empty until there is a sender. */
    public List<Suggestion> getSuggestions() {
        if (key == null || sender == null) {
            return List.of();
        }
        return agreement.parties().stream().filter(p -> p.key().equals(sender)).findFirst().map(p -> {
            OrganisationData o = organisations.findByIdAnyState(p.organisationId()).orElseThrow();
            PartyFacts facts = new PartyFacts(p.key(), o.name(), o.details().sector().name(), o.details().publicAuthority(),
                    o.details().competentAuthority(), o.details().apdReference() != null, p.role().name());
            return compliance.suggest(facts, purpose, new LinkedHashSet<>(dataCategories), agreement.effectiveDate());
        }).orElse(List.of());
    }

    public List<CatalogueEntry> choices(String topic) {
        return catalogue.choices(Topic.byId(topic).orElseThrow());
    }

    /** Only the entries of a topic with one kind (law-enforcement: lawful-basis, sensitive-processing, schedule-8). */
    public List<CatalogueEntry> lawEnforcement(String kind) {
        return catalogue.choices(Topic.LAW_ENFORCEMENT).stream().filter(e -> kind.equals(e.kind())).toList();
    }

    public String summary(String code) {
        return code == null || code.isBlank() ? "" : catalogue.current().find(code).map(CatalogueEntry::readerSummary).orElse("");
    }

    public List<Regime> getRegimes() {
        return List.copyOf(EnumSet.allOf(Regime.class));
    }

    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
    public String getKey() { return key; }
    public void setKey(String v) { key = v == null || v.isBlank() ? null : v; }
    public AgreementData getAgreement() { return agreement; }
    public String getSender() { return sender; }
    public void setSender(String v) { sender = v; }
    public String getRecipient() { return recipient; }
    public void setRecipient(String v) { recipient = v; }
    public boolean isBothWays() { return bothWays; }
    public void setBothWays(boolean v) { bothWays = v; }
    public List<String> getDataSubjects() { return dataSubjects; }
    public void setDataSubjects(List<String> v) { dataSubjects = v; }
    public List<String> getDataCategories() { return dataCategories; }
    public void setDataCategories(List<String> v) { dataCategories = v; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { purpose = v; }
    public String getFrequency() { return frequency; }
    public void setFrequency(String v) { frequency = v; }
    public String getTransferMethod() { return transferMethod; }
    public void setTransferMethod(String v) { transferMethod = v; }
    public String getRetention() { return retention; }
    public void setRetention(String v) { retention = v; }
    public Regime getRegime() { return regime; }
    public void setRegime(Regime v) { regime = v; }
    public List<String> getLawfulBases() { return lawfulBases; }
    public void setLawfulBases(List<String> v) { lawfulBases = v; }
    public String getRecognisedInterest() { return recognisedInterest; }
    public void setRecognisedInterest(String v) { recognisedInterest = v; }
    public String getArticle10Condition() { return article10Condition; }
    public void setArticle10Condition(String v) { article10Condition = v; }
    public String getLegitimateInterestsAssessment() { return legitimateInterestsAssessment; }
    public void setLegitimateInterestsAssessment(String v) { legitimateInterestsAssessment = v; }
    public String getRecipientSecrecy() { return recipientSecrecy; }
    public void setRecipientSecrecy(String v) { recipientSecrecy = v; }
    public String getOtherLegalPower() { return otherLegalPower; }
    public void setOtherLegalPower(String v) { otherLegalPower = v; }
    public String getArticle9Condition() { return article9Condition; }
    public void setArticle9Condition(String v) { article9Condition = v; }
    public String getSchedule1Condition() { return schedule1Condition; }
    public void setSchedule1Condition(String v) { schedule1Condition = v; }
    public String getArticle10Authority() { return article10Authority; }
    public void setArticle10Authority(String v) { article10Authority = v; }
    public String getLawEnforcementBasis() { return lawEnforcementBasis; }
    public void setLawEnforcementBasis(String v) { lawEnforcementBasis = v; }
    public String getSensitiveProcessing() { return sensitiveProcessing; }
    public void setSensitiveProcessing(String v) { sensitiveProcessing = v; }
    public String getSchedule8Condition() { return schedule8Condition; }
    public void setSchedule8Condition(String v) { schedule8Condition = v; }
    public List<String> getStatutoryGateways() { return statutoryGateways; }
    public void setStatutoryGateways(List<String> v) { statutoryGateways = v; }
    public String getConfidentialityBasis() { return confidentialityBasis; }
    public void setConfidentialityBasis(String v) { confidentialityBasis = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }

    /** A flow as people call it: "1" for the key F1 (keys are for systems; pages never show them). */
    public static String number(String key) {
        return key != null && key.length() > 1 && key.charAt(0) == 'F' ? key.substring(1) : key;
    }
}
