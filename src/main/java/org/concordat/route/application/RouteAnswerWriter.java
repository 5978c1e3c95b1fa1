package org.concordat.route.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.concordat.legal.domain.Catalogue;
import org.concordat.route.application.RouteCheckResult.AtRisk;
import org.concordat.route.application.RouteCheckResult.Contact;
import org.concordat.route.application.RouteCheckResult.Organisation;
import org.concordat.route.application.RouteCheckResult.Term;
import org.concordat.route.domain.CandidateFlow;
import org.concordat.route.domain.CandidateVersion;
import org.concordat.legal.domain.LegalBasis;
import org.concordat.route.domain.Reason;
import org.concordat.route.domain.RouteAnswer;

/**
 * Puts a route answer into words (route-text.properties) and explains each code from the legal catalogue: what a
 * lawful basis, condition or gateway means and where the law says so.
 */
final class RouteAnswerWriter {

    private final Catalogue catalogue;
    private final RouteText text;
    /**
     * Each code's explanation, made once per catalogue and language (keyed "cy:A6-1-e"): an answer names the same
     * codes many times over, in the words of whoever reads it.
     */
    private final Map<String, Term> terms = new ConcurrentHashMap<>();

    RouteAnswerWriter(Catalogue catalogue, RouteText text) {
        this.catalogue = catalogue;
        this.text = text;
    }

    boolean writesFrom(Catalogue law) {
        return catalogue == law;
    }

    /** @param to null when the recipient is not listed; contacts: whom to ask, empty when the route is covered */
    RouteCheckResult write(RouteAnswer answer, Organisation from, Organisation to, List<Contact> contacts,
                           LocalDate today) {
        var q = answer.question();
        String recipient = to == null ? "" : to.name();
        Term purpose = term(q.purpose());
        var question = new RouteCheckResult.Question(from, to, to == null, terms(q.dataSubjects()),
                terms(q.dataCategories()), purpose, q.emergency());
        List<RouteCheckResult.CoveringFlow> coveredBy = answer.coveredBy().stream()
                .map(c -> covering(c.version(), c.flow(), c.subjects(), c.categories(), c.reviewOverdue(), recipient))
                .toList();
        List<RouteCheckResult.Gap> gaps = answer.notCovered().stream().map(g -> new RouteCheckResult.Gap(
                terms(g.subjects()), terms(g.categories()),
                text.get("gap", text.and(titles(g.subjects())), text.and(titles(g.categories()))))).toList();
        List<RouteCheckResult.Reason> reasons = answer.reasons().stream().map(r -> reason(r, recipient)).toList();
        AtRisk atRisk = atRisk(q.dataSubjects());
        List<RouteCheckResult.Step> steps = answer.nextSteps().stream()
                .map(s -> new RouteCheckResult.Step(s.name(), text.forAudience("next", atRisk, s.name()))).toList();
        List<RouteCheckResult.Rule> rules = answer.goldenRules().stream()
                .map(r -> new RouteCheckResult.Rule(r.number(), r.name(), text.forAudience("goldenRule", atRisk, r.name()),
                        text.forAudience("goldenRule.source", atRisk, r.name(), r.number()))).toList();
        List<RouteCheckResult.ToDecide> questions = answer.questionsToDecide().stream()
                .map(d -> new RouteCheckResult.ToDecide(d.name(), text.forAudience("decide", atRisk, d.name()),
                        text.forAudience("decide.source", atRisk, d.name()))).toList();
        return new RouteCheckResult(answer.outcome(), headline(answer, recipient, purpose), today, question,
                answer.reviewOverdue(), coveredBy, terms(answer.coveredCategories()),
                terms(answer.uncoveredCategories()), terms(answer.coveredSubjects()), terms(answer.uncoveredSubjects()),
                gaps, reasons, steps, rules, contacts, catalogue.version(), atRisk, questions);
    }

    /**
     * Whom the advice is worded for: an adult at risk when the people asked about include one and no child, both when
     * they include both; otherwise a child, the partnership's usual concern (a parent's or a perpetrator's details are
     * shared to keep a child safe).
     */
    private AtRisk atRisk(Collection<String> subjects) {
        boolean child = subjects.stream().anyMatch(c -> flagged(c, "child"));
        boolean adult = subjects.stream().anyMatch(c -> flagged(c, "adult-at-risk"));
        return adult ? (child ? AtRisk.CHILD_AND_ADULT : AtRisk.ADULT) : AtRisk.CHILD;
    }

    private boolean flagged(String code, String flag) {
        return catalogue.find(code).map(e -> e.has(flag)).orElse(false);
    }

    private String headline(RouteAnswer answer, String recipient, Term purpose) {
        if (!answer.question().recipientListed()) {
            return text.get("headline.NOT_COVERED.notListed");
        }
        List<String> versions = answer.coveredBy().stream().map(c -> versionLabel(c.version())).distinct().toList();
        return text.get("headline." + answer.outcome().name(), recipient, purpose.title(), text.and(versions));
    }

    private RouteCheckResult.CoveringFlow covering(CandidateVersion v, CandidateFlow f, Collection<String> subjects,
                                                   Collection<String> categories, boolean overdue, String recipient) {
        LegalBasis law = f.law();
        Term transfer = term(f.transferMethod());
        return new RouteCheckResult.CoveringFlow(v.agreementId(), v.reference(), v.title(), v.versionId(),
                v.versionNumber(), f.key(), v.effectiveDate(), v.reviewDate(), overdue,
                overdue ? text.get("review.overdue", versionLabel(v), v.reviewDate()) : null, f.bothWays(),
                terms(subjects), terms(categories), term(f.purpose()), law.regime(), terms(law.lawfulBases()),
                term(law.specialCategory().condition()), term(law.firstPublishedSchedule1Condition()), term(law.criminalOffence().condition()),
                term(law.lawEnforcementBasis()), term(law.sensitiveProcessing().condition()),
                term(law.sensitiveProcessing().schedule()), terms(law.statutoryGateways()),
                term(law.confidentialityBasis()), transfer, f.retention(),
                text.get("howToSend", transfer == null ? "" : transfer.title(), recipient,
                        f.retention() == null ? "" : f.retention()),
                "/api/v1/agreements/" + v.agreementId(), "/api/v1/agreements/versions/" + v.versionId(),
                "/app/agreement.xhtml?id=" + v.versionId(),
                "/api/v1/agreements/versions/" + v.versionId() + "/document.pdf",
                "/app/documents/" + v.versionId() + "/document.pdf", term(law.criminalOffence().schedule()),
                term(law.recognisedInterest()), law.otherLegalPower());
    }

    private RouteCheckResult.Reason reason(Reason r, String recipient) {
        CandidateVersion v = r.version();
        String sentence = text.get("reason." + r.code().name(), v == null ? "" : v.reference(),
                v == null ? "" : String.valueOf(v.versionNumber()), text.and(r.flowKeys()),
                String.join(", ", titles(r.items())), r.date() == null ? "" : r.date(), recipient, r.flowKeys().size());
        return new RouteCheckResult.Reason(r.code(), sentence, v == null ? null : v.agreementId(),
                v == null ? null : v.reference(), v == null ? null : v.versionNumber(), r.flowKeys(), List.copyOf(r.items()),
                r.date());
    }

    private String versionLabel(CandidateVersion v) {
        return text.get("agreementVersion", v.reference(), String.valueOf(v.versionNumber()));
    }

    /** The catalogue's explanation of a code; a code the catalogue no longer holds is shown as it is. */
    private Term term(String code) {
        if (code == null) {
            return null;
        }
        org.concordat.shared.domain.Language reader = org.concordat.shared.domain.ReaderLanguage.current();
        return terms.computeIfAbsent(reader.code() + ':' + code, key -> catalogue.find(code)
                .map(e -> new Term(code, e.title(reader), e.summary(reader), e.citation()))
                .orElseGet(() -> new Term(code, code, "", "")));
    }

    private List<Term> terms(Collection<String> codes) {
        return codes.stream().map(this::term).toList();
    }

    private List<String> titles(Collection<String> codes) {
        return codes.stream().map(c -> term(c).title()).toList();
    }
}
