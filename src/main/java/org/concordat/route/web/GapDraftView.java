package org.concordat.route.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.concordat.route.application.GapDrafts;
import org.concordat.shared.domain.NotFoundException;
import org.concordat.shared.web.Feedback;

/**
 * "Draft an agreement for this route": the route practitioners asked about, what they asked about on it (all ticked, for
 * the author to untick what the flow does not need), a title, then the draft, opened on its flow where the rules
 * engine's suggestions for the law wait to be chosen.
 */
@Named
@ViewScoped
public class GapDraftView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GapDrafts drafts;

    private Long to;
    private String purpose;
    private GapDrafts.GapRoute route;
    private boolean missing;
    private String title;
    private List<String> dataSubjects = new ArrayList<>();
    private List<String> dataCategories = new ArrayList<>();

    public void load() {
        if (route != null) {
            return;
        }
        try {
            route = to == null || purpose == null ? null : drafts.route(to, purpose);
        } catch (NotFoundException e) {
            route = null;
        }
        missing = route == null;
        if (route != null) {
            title = route.suggestedTitle();
            dataSubjects = new ArrayList<>(route.dataSubjects().stream().map(GapDrafts.Asked::code).toList());
            dataCategories = new ArrayList<>(route.dataCategories().stream().map(GapDrafts.Asked::code).toList());
        }
    }

    public String start() {
        try {
            GapDrafts.Started started = drafts.start(new GapDrafts.Choice(to, purpose, title, null,
                    Set.copyOf(dataSubjects), Set.copyOf(dataCategories)));
            Feedback.infoAfterRedirect(Feedback.text("gapDraft.started", started.reference()));
            return "/app/flow?faces-redirect=true&version=" + started.versionId() + "&key=" + started.flowKey();
        } catch (RuntimeException e) {
            Feedback.show("gapDraft", e);
            return null;
        }
    }

    /** "Health data (asked in 12 checks)". */
    public String label(GapDrafts.Asked asked) {
        return Feedback.text("gapDraft.askedLabel", asked.title(), asked.times());
    }

    public Long getTo() { return to; }
    public void setTo(Long to) { this.to = to; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public GapDrafts.GapRoute getRoute() { return route; }
    public boolean isMissing() { return missing; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public List<String> getDataSubjects() { return dataSubjects; }
    public void setDataSubjects(List<String> dataSubjects) { this.dataSubjects = dataSubjects; }
    public List<String> getDataCategories() { return dataCategories; }
    public void setDataCategories(List<String> dataCategories) { this.dataCategories = dataCategories; }
}
