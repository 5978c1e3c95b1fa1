package org.concordat.agreement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.concordat.agreement.application.AgreementApproval;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.application.AgreementDrafting;
import org.concordat.agreement.application.AgreementTaskList;
import org.concordat.agreement.application.AgreementLifecycle;
import org.concordat.agreement.application.AgreementQueries;
import org.concordat.agreement.application.LinkedDpias;
import org.concordat.agreement.domain.AgreementDetails;
import org.concordat.agreement.domain.Decision;
import org.concordat.agreement.domain.FlowDetails;
import org.concordat.agreement.domain.PartyDetails;
import org.concordat.agreement.domain.PartyRole;
import org.concordat.legal.application.LegalCatalogue;
import org.concordat.legal.domain.compliance.ConditionsRecord;
import org.concordat.legal.domain.compliance.Finding;
import org.concordat.legal.domain.compliance.Severity;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.shared.domain.FieldError;
import org.concordat.shared.domain.InvalidInputException;
import org.concordat.shared.web.DateInput;
import org.concordat.shared.web.Feedback;
import org.concordat.template.application.TemplateLibrary;
import org.concordat.template.domain.SectionSpec;

/**
 * The draft editor: details, parties, the template's sections, the flows, and beside them the findings of the
 * compliance checks, recomputed on every save.
 */
@Named
@ViewScoped
public class AgreementView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    java.time.Clock clock;

    @Inject
    AgreementQueries queries;

    @Inject
    AgreementDrafting drafting;

    @Inject
    TemplateLibrary templates;

    @Inject
    OrganisationQueries organisations;

    @Inject
    LegalCatalogue catalogue;

    @Inject
    AgreementApproval approval;

    @Inject
    AgreementLifecycle lifecycle;

    @Inject
    LinkedDpias linkedDpias;

    private transient List<LinkedDpias.LinkedDpia> dpias;
    private transient List<ConditionsRecord.ControllerRecord> conditionsRecord;

    private String terminationDate;
    private String terminationReason;

    private Decision.Kind decision;
    private String comment;

    private String flowFilter;
    private String flowSort = "key";
    private transient FlowMap map;

    private Long id;
    private String part;
    private transient List<AgreementTaskList.Task> tasks;
    private AgreementData data;
    private List<SectionSpec> sections;
    private String title;
    private String purpose;
    private String benefits;
    private String effectiveDate;
    private String reviewDate;
    private String endDate;
    private Map<String, String> answers = new LinkedHashMap<>();
    private List<PartyRow> parties = new ArrayList<>();
    private Long newPartyId;

    /** A party as the form edits it. */
    public static class PartyRow implements Serializable {
        private static final long serialVersionUID = 1L;
        String key;
        long organisationId;
        String organisationName;
        PartyRole role;
        String signatoryName;
        String contactName;
        String contactEmail;

        public String getKey() { return key; }
        public String getOrganisationName() { return organisationName; }
        public PartyRole getRole() { return role; }
        public void setRole(PartyRole v) { role = v; }
        public String getSignatoryName() { return signatoryName; }
        public void setSignatoryName(String v) { signatoryName = v; }
        public String getContactName() { return contactName; }
        public void setContactName(String v) { contactName = v; }
        public String getContactEmail() { return contactEmail; }
        public void setContactEmail(String v) { contactEmail = v; }
    }

    public void load() {
        if (id != null && data == null) {
            show(queries.version(id));
            sections = templates.readerContent(templates.version(data.templateVersionId())).sections();
        }
    }

    /**
     * Saves the details; then, as GOV.UK's task lists do, opens the next part ({@code onward}) or goes back to the
     * task list to come back later.
     */
    public String saveDetails(boolean onward) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate effective = DateInput.parse(effectiveDate, "effectiveDate", errors);
        LocalDate review = DateInput.parse(reviewDate, "reviewDate", errors);
        LocalDate end = DateInput.parse(endDate, "endDate", errors);
        if (!errors.isEmpty()) {
            Feedback.show("details", new InvalidInputException(errors));
            return null;
        }
        return save("details", () -> drafting.updateDetails(data.versionId(), data.lockVersion(),
                new AgreementDetails(title, purpose, benefits, effective, review, end)), "agreement.detailsSaved", onward);
    }

    public String saveParties(boolean onward) {
        return save("parties", () -> drafting.replaceParties(data.versionId(), data.lockVersion(), partyDetails(null)),
                "agreement.partiesSaved", onward);
    }

    public void addParty() {
        if (newPartyId == null) {
            Feedback.show("parties", new InvalidInputException("newPartyId", Feedback.text("agreement.choosePartner")));
            return;
        }
        run("parties", () -> drafting.replaceParties(data.versionId(), data.lockVersion(), partyDetails(newPartyId)), "agreement.partiesSaved");
        newPartyId = null;
    }

    public void removeParty(String key) {
        List<PartyDetails> remaining = parties.stream().filter(p -> !p.key.equals(key)).map(AgreementView::details).toList();
        run("parties", () -> drafting.replaceParties(data.versionId(), data.lockVersion(), remaining), "agreement.partiesSaved");
    }

    public String saveAnswers(boolean onward) {
        return save("sections", () -> drafting.saveAnswers(data.versionId(), data.lockVersion(), answers),
                "agreement.sectionsSaved", onward);
    }

    public void submit() {
        run("submission", () -> approval.submit(data.versionId(), data.lockVersion()), "agreement.submitted");
    }

    public void decide() {
        try {
            show(approval.decide(data.versionId(), decision, comment));
            Feedback.info(Feedback.text(decision == Decision.Kind.APPROVED ? "decision.approved" : "decision.changesRequested"));
            comment = null;
        } catch (RuntimeException e) {
            Feedback.show("decision", e);
        }
    }

    public String amend() {
        try {
            AgreementData amendment = lifecycle.amend(data.agreementId());
            Feedback.infoAfterRedirect(Feedback.text("agreement.amendmentStarted", amendment.number()));
            return "/app/agreement?faces-redirect=true&id=" + amendment.versionId();
        } catch (RuntimeException e) {
            Feedback.show("lifecycle", e);
            return null;
        }
    }

    public void terminate() {
        List<FieldError> errors = new ArrayList<>();
        LocalDate on = DateInput.parse(terminationDate, "date", errors);
        if (!errors.isEmpty()) {
            Feedback.show("termination", new InvalidInputException(errors));
            return;
        }
        run("termination", () -> lifecycle.terminate(data.versionId(), on, terminationReason), "agreement.terminated");
    }

    public String getTerminationDate() { return terminationDate; }
    public void setTerminationDate(String v) { terminationDate = v; }
    public String getTerminationReason() { return terminationReason; }
    public void setTerminationReason(String v) { terminationReason = v; }

    public List<Decision.Kind> getDecisionKinds() {
        return List.of(Decision.Kind.values());
    }

    public Decision.Kind getDecision() { return decision; }
    public void setDecision(Decision.Kind v) { decision = v; }
    public String getComment() { return comment; }
    public void setComment(String v) { comment = v; }

    public void copyFlow(String key) {
        run("flows", () -> drafting.copyFlow(data.versionId(), data.lockVersion(), key), "agreement.flowCopied");
    }

    public void removeFlow(String key) {
        run("flows", () -> drafting.removeFlow(data.versionId(), data.lockVersion(), key), "agreement.flowRemoved");
    }

    private void run(String form, java.util.function.Supplier<AgreementData> change, String doneKey) {
        try {
            show(change.get());
            Feedback.info(Feedback.text(doneKey));
        } catch (RuntimeException e) {
            Feedback.show(form, e);
        }
    }

    /** Saves a part and leaves it: for the next part, or for the task list; a failure stays on the part, beside its fields. */
    private String save(String form, java.util.function.Supplier<AgreementData> change, String doneKey, boolean onward) {
        try {
            AgreementData saved = change.get();
            Feedback.infoAfterRedirect(Feedback.text(doneKey));
            return address(saved.versionId(), onward ? getNextPart() : null);
        } catch (RuntimeException e) {
            Feedback.show(form, e);
            return null;
        }
    }

    private static String address(long versionId, String part) {
        return "/app/agreement?faces-redirect=true&id=" + versionId + (part == null ? "" : "&part=" + part);
    }

    private List<PartyDetails> partyDetails(Long extra) {
        List<PartyDetails> out = new ArrayList<>(parties.stream().map(AgreementView::details).toList());
        if (extra != null) {
            out.add(new PartyDetails(extra, PartyRole.CONTROLLER, null, null, null));
        }
        return out;
    }

    private static PartyDetails details(PartyRow p) {
        return new PartyDetails(p.organisationId, p.role, p.signatoryName, p.contactName, p.contactEmail);
    }

    private void show(AgreementData d) {
        data = d;
        map = null;
        tasks = null;
        id = d.versionId();
        title = d.title();
        purpose = d.purpose();
        benefits = d.benefits();
        effectiveDate = DateInput.format(d.effectiveDate());
        reviewDate = DateInput.format(d.reviewDate());
        endDate = DateInput.format(d.endDate());
        answers = new LinkedHashMap<>(d.answers());
        parties = new ArrayList<>();
        for (AgreementData.PartyData p : d.parties()) {
            PartyRow row = new PartyRow();
            row.key = p.key();
            row.organisationId = p.organisationId();
            row.organisationName = p.organisationName();
            row.role = p.role();
            row.signatoryName = p.signatoryName();
            row.contactName = p.contactName();
            row.contactEmail = p.contactEmail();
            parties.add(row);
        }
    }

    public String partyName(String key) {
        return data.parties().stream().filter(p -> p.key().equals(key)).map(AgreementData.PartyData::organisationName)
                .findFirst().orElse(key);
    }

    /** "Education data, Social care" for a set of codes. */
    public String titles(java.util.Collection<String> codes) {
        return codes.stream().map(this::title).collect(Collectors.joining(", "));
    }

    public String title(String code) {
        return code == null ? "" : catalogue.current().find(code).map(e -> e.readerTitle()).orElse(code);
    }

    public List<Finding> findings(Severity severity) {
        return data.compliance().findings().stream().filter(f -> f.severity() == severity).toList();
    }

    public List<OrganisationData> getOtherOrganisations() {
        return organisations.search(null, false).stream()
                .filter(o -> data.parties().stream().noneMatch(p -> p.organisationId() == o.id())).toList();
    }

    public List<PartyRole> getRoles() {
        return List.of(PartyRole.values());
    }

    /** The DPIAs linked to this agreement that the caller may see, with their states. */
    public List<LinkedDpias.LinkedDpia> getDpias() {
        if (dpias == null) {
            dpias = linkedDpias.linkedTo(data.agreementId());
        }
        return dpias;
    }

    public Severity getError() { return Severity.ERROR; }
    public Severity getWarning() { return Severity.WARNING; }
    public Severity getInfo() { return Severity.INFO; }
    /** A draft its reader may edit is shown as a task list (issue 23 part 3), one part at a time when asked. */
    public boolean isTaskListShown() {
        return data != null && data.canEdit() && data.status() == org.concordat.agreement.domain.VersionStatus.DRAFT;
    }

    public List<AgreementTaskList.Task> getTasks() {
        if (tasks == null) {
            tasks = AgreementTaskList.of(data, sections, !getDpias().isEmpty());
        }
        return tasks;
    }

    public long getTasksDone() {
        return AgreementTaskList.done(getTasks());
    }

    /**
     * Whether the page shows this part. A draft its reader edits is a task list: the overview shows the list and the
     * submission only (also when a hand-edited address asks for a part the draft does not have), and each part opens
     * on a page of its own. Anything else (a submitted version, a draft only read) is shown whole.
     */
    public boolean shows(String name) {
        if (!isTaskListShown()) {
            return true;
        }
        return onePart() ? part.equals(name) : "submit".equals(name);
    }

    /** Whether the page shows any section of the template. */
    public boolean showsSections() {
        return !isTaskListShown() || onePart() && part.startsWith("section-");
    }

    /** The part after the one shown, where "Save and continue" leads; null after the last (the task list). */
    public String getNextPart() {
        if (!onePart()) {
            return null;
        }
        List<AgreementTaskList.Task> all = getTasks();
        for (int i = 0; i < all.size() - 1; i++) {
            if (all.get(i).key().equals(part)) {
                return all.get(i + 1).key();
            }
        }
        return null;
    }

    /** Whether the page shows one part of a draft's task list only. */
    public boolean onePart() {
        return part != null && isTaskListShown() && getTasks().stream().anyMatch(t -> t.key().equals(part));
    }

    public String getPart() { return part; }
    public void setPart(String v) { part = v == null || v.isBlank() ? null : v.strip(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public AgreementData getData() { return data; }
    /** Where the version stands today (the tag every page shows). */
    public org.concordat.shared.domain.StatusTag getTag() { return data.tag(java.time.LocalDate.now(clock)); }
    public List<SectionSpec> getSections() { return sections; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { purpose = v; }
    public String getBenefits() { return benefits; }
    public void setBenefits(String v) { benefits = v; }
    public String getEffectiveDate() { return effectiveDate; }
    public void setEffectiveDate(String v) { effectiveDate = v; }
    public String getReviewDate() { return reviewDate; }
    public void setReviewDate(String v) { reviewDate = v; }
    public String getEndDate() { return endDate; }
    public void setEndDate(String v) { endDate = v; }
    public Map<String, String> getAnswers() { return answers; }
    public List<PartyRow> getParties() { return parties; }
    public Long getNewPartyId() { return newPartyId; }
    public void setNewPartyId(Long v) { newPartyId = v; }

    /** The flows table as filtered (any words of route, purpose, categories, subjects or bases) and sorted. */
    public List<AgreementData.FlowData> getShownFlows() {
        String[] words = flowFilter == null ? new String[0] : flowFilter.toLowerCase(java.util.Locale.UK).trim().split("\\s+");
        java.util.Comparator<AgreementData.FlowData> order = switch (flowSort == null ? "key" : flowSort) {
            case "route" -> java.util.Comparator.comparing(f -> route(f.details()));
            case "purpose" -> java.util.Comparator.comparing(f -> title(f.details().purpose()));
            default -> java.util.Comparator.comparing(f -> Integer.parseInt(f.key().substring(1)));
        };
        return data.flows().stream().filter(f -> {
            String text = searchable(f).toLowerCase(java.util.Locale.UK);
            return java.util.Arrays.stream(words).allMatch(text::contains);
        }).sorted(order).toList();
    }

    private String searchable(AgreementData.FlowData f) {
        FlowDetails d = f.details();
        return String.join(" ", f.key(), route(d), title(d.purpose()), titles(d.dataCategories()), titles(d.dataSubjects()),
                titles(d.law().lawfulBases()), String.join(" ", d.law().lawfulBases()));
    }

    public List<String> getFlowSorts() {
        return List.of("key", "route", "purpose");
    }

    public String getFlowFilter() { return flowFilter; }
    public void setFlowFilter(String v) { flowFilter = v; }
    public String getFlowSort() { return flowSort; }
    public void setFlowSort(String v) { flowSort = v; }

    /** Who sends what to whom, drawn: parties as nodes, flows as arrows labelled by purpose. */
    public FlowMap getMap() {
        if (map == null) {
            Map<String, String> names = new LinkedHashMap<>();
            data.parties().forEach(p -> names.put(p.key(), p.organisationName()));
            map = FlowMap.of(names, data.flows().stream().map(f -> new FlowMap.Link(f.details().sender(), f.details().recipient(),
                    f.details().bothWays(), f.details().purpose() == null ? msgText("map.noPurpose") : title(f.details().purpose()))).toList());
        }
        return map;
    }

    private static String msgText(String key) {
        return Feedback.text(key);
    }

    public void showOnPublicRegister(boolean shown) {
        long shownVersion = data.versionId();
        run("register", () -> {
            lifecycle.showOnPublicRegister(data.agreementId(), shown);
            return queries.version(shownVersion);
        }, shown ? "agreement.published" : "agreement.unpublished");
    }

    /** "Council → School" (or ⇄ both ways), for the compact flows table. */
    public String route(FlowDetails flow) {
        return partyName(flow.sender()) + (flow.bothWays() ? " ⇄ " : " → ") + partyName(flow.recipient());
    }

    /** Each controller's record of the Schedule 1 conditions relied on (paragraph 41), read once per view. */
    public List<ConditionsRecord.ControllerRecord> getConditionsRecord() {
        if (conditionsRecord == null) {
            conditionsRecord = queries.conditionsRecord(getData().versionId());
        }
        return conditionsRecord;
    }
}
