package org.concordat.agreement.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.concordat.agreement.application.AgreementData;
import org.concordat.agreement.application.OutsideSignatories;
import org.concordat.agreement.domain.Decision;
import org.concordat.agreement.domain.FlowDetails;
import org.concordat.legal.application.LegalCatalogue;
import org.concordat.shared.web.Feedback;

/**
 * What a signatory outside Concordat sees once their code is accepted: the agreement (its PDF and its flows) and the
 * decision for their party, nothing else. Every request reads the session's invitation again, and the application
 * checks that the version still awaits that round's decisions.
 */
@Named
@ViewScoped
public class SignatoryAgreementView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OutsideSignatories signatories;

    @Inject
    transient LegalCatalogue catalogue;

    private transient OutsideSignatories.Reading reading;
    private Decision.Kind decision;
    private String comment;
    private String decided;

    public void load() {
        Long invitation = invitation();
        reading = invitation == null ? null : signatories.read(invitation);
    }

    public void decide() {
        Long invitation = invitation();
        if (invitation == null) {
            reading = null;
            return;
        }
        try {
            Decision.Kind kind = signatories.decide(invitation, decision, comment);
            decided = kind.name();
            // One decision per link: the session ends with it.
            HttpSession session = ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                    .getSession(false);
            if (session != null) {
                session.removeAttribute(OutsideSignatories.INVITATION);
            }
        } catch (RuntimeException e) {
            Feedback.show("decision", e);
            reading = signatories.read(invitation);
        }
    }

    private static Long invitation() {
        HttpSession session = ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getSession(false);
        return session == null ? null : (Long) session.getAttribute(OutsideSignatories.INVITATION);
    }

    /** The state to explain when the agreement cannot be shown: no session, or the link no longer applies. */
    public String getState() {
        return reading == null ? "NO_SESSION" : reading.state().name();
    }

    public boolean isReadable() {
        if (reading == null && decided == null) {
            load();
        }
        return decided == null && reading != null && reading.agreement() != null;
    }

    public String partyName(String key) {
        return reading.agreement().parties().stream().filter(p -> p.key().equals(key))
                .map(AgreementData.PartyData::organisationName).findFirst().orElse(key);
    }

    public String route(FlowDetails flow) {
        return partyName(flow.sender()) + (flow.bothWays() ? " ⇄ " : " → ") + partyName(flow.recipient());
    }

    public String titles(Collection<String> codes) {
        return codes.stream().map(this::title).collect(Collectors.joining(", "));
    }

    public String title(String code) {
        return code == null ? "" : catalogue.current().find(code).map(e -> e.readerTitle()).orElse(code);
    }

    public List<Decision.Kind> getDecisionKinds() {
        return Arrays.asList(Decision.Kind.values());
    }

    public OutsideSignatories.Reading getReading() { return reading; }
    public String getDecided() { return decided; }
    public Decision.Kind getDecision() { return decision; }
    public void setDecision(Decision.Kind decision) { this.decision = decision; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
