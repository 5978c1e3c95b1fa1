package org.concordat.route.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.concordat.legal.domain.compliance.Regime;
import org.concordat.route.domain.Outcome;
import org.concordat.route.domain.ReasonCode;

/**
 * The answer to a route check as the page and the API give it: plain English first (headline, reasons, what to do
 * now), then the detail — each covering flow with the law it relies on, explained from the legal catalogue.
 *
 * @param reviewOverdue       a covering agreement is past its review date (it still covers; each flow says which)
 * @param coveredCategories   requested categories covered for everyone asked about
 * @param uncoveredCategories requested categories not covered for at least one of them
 * @param coveredSubjects     people asked about for whom every requested category is covered
 * @param uncoveredSubjects   people asked about for whom at least one requested category is not
 * @param notCovered          exactly what is not covered: these categories about these people
 * @param dpoContacts         whom to ask, when the route is not (fully) covered
 * @param atRisk              whom the safeguarding advice is worded for, from the people asked about
 * @param questionsToDecide   when no agreement covers the whole route (and it is not an emergency): the questions
 *                            that decide the share on its own merits, since no agreement is needed to share lawfully
 */
public record RouteCheckResult(Outcome outcome, String headline, LocalDate checkedOn, Question question,
                               boolean reviewOverdue, List<CoveringFlow> coveredBy, List<Term> coveredCategories,
                               List<Term> uncoveredCategories, List<Term> coveredSubjects,
                               List<Term> uncoveredSubjects, List<Gap> notCovered, List<Reason> reasons,
                               List<Step> whatToDoNow, List<Rule> goldenRules, List<Contact> dpoContacts,
                               String catalogueVersion, AtRisk atRisk, List<ToDecide> questionsToDecide) implements Serializable {

    // The records of an answer hash a few identifying fields only (still consistent with equals): JSON-B's cycle check
    // hashes every object it writes, and a record's own hash would walk everything below it each time.
    @Override
    public int hashCode() {
        return Objects.hash(outcome, checkedOn, question);
    }

    /** A catalogue code with what it means and where the law says so (citation may be empty). */
    public record Term(String code, String title, String summary, String citation) implements Serializable {
        @Override
        public int hashCode() {
            return Objects.hashCode(code);
        }
    }

    public record Organisation(long id, String name) implements Serializable {
        @Override
        public int hashCode() {
            return Long.hashCode(id);
        }
    }

    /** @param to null when the recipient is not listed */
    public record Question(Organisation from, Organisation to, boolean notListed, List<Term> dataSubjects,
                           List<Term> dataCategories, Term purpose, boolean emergency) implements Serializable {
        @Override
        public int hashCode() {
            return Objects.hash(from, to, purpose);
        }
    }

    /**
     * A flow in force that covers the route, or part of it, and everything needed to share under it. The
     * conditions are null when the flow does not rely on them.
     *
     * @param agreementLink the agreement in the API; versionLink the version; page the version in the browser;
     *                      signedDocument and signedDocumentPage its signed PDF, in the API and in the browser
     * @param schedule1Condition the special category data's Schedule 1 condition, or, on a flow without special
     *                      category data, the criminal offence data's (its meaning before December 2026)
     * @param article10Condition the criminal offence data's own Schedule 1 condition (DPA 2018 s10(5))
     * @param recognisedInterest for Article 6(1)(ea), the Annex 1 condition relied on
     * @param otherLegalPower a basis in law outside the catalogue, with its citation
     */
    public record CoveringFlow(long agreementId, String reference, String title, long versionId, int versionNumber,
                               String flowKey, LocalDate inForceSince, LocalDate reviewDate, boolean reviewOverdue,
                               String reviewWarning, boolean bothWays, List<Term> dataSubjects,
                               List<Term> dataCategories, Term purpose, Regime regime, List<Term> lawfulBases,
                               Term article9Condition, Term schedule1Condition, Term article10Authority,
                               Term lawEnforcementBasis, Term sensitiveProcessing, Term schedule8Condition,
                               List<Term> statutoryGateways, Term confidentialityBasis, Term transferMethod,
                               String retention, String howToSend, String agreementLink, String versionLink,
                               String page, String signedDocument, String signedDocumentPage,
                               Term article10Condition, Term recognisedInterest, String otherLegalPower) implements Serializable {
        @Override
        public int hashCode() {
            return Objects.hash(versionId, flowKey);
        }
    }

    public record Gap(List<Term> dataSubjects, List<Term> dataCategories, String text) implements Serializable {
        @Override
        public int hashCode() {
            return Objects.hashCode(text);
        }
    }

    /**
     * A reason in words, with what it concerns; the agreement fields are null for a reason about the route.
     *
     * @param items the codes the reason is about, in words in its text: codes only, since the question explains every
     *              code it asked about and a large answer gives dozens of reasons (the catalogue explains any other)
     */
    public record Reason(ReasonCode code, String text, Long agreementId, String reference, Integer versionNumber,
                         List<String> flowKeys, List<String> items, LocalDate date) implements Serializable {
        @Override
        public int hashCode() {
            return Objects.hash(code, agreementId, flowKeys);
        }
    }

    /**
     * The reasons about one agreement version (reference null: about the route itself), as the page lists them. At
     * scale two organisations share a dozen agreements and an answer can give seventy reasons: each agreement's
     * stay together under its name.
     */
    public record ReasonGroup(String reference, Integer versionNumber, List<Reason> reasons) {

        private record Version(String reference, Integer number) {
        }

        /** Grouped in the answer's order: the route's own reasons first, then each version where it first appears. */
        public static List<ReasonGroup> of(List<Reason> reasons) {
            Map<Version, List<Reason>> byVersion = new LinkedHashMap<>();
            byVersion.put(new Version(null, null), new ArrayList<>());
            reasons.forEach(r -> byVersion.computeIfAbsent(new Version(r.reference(), r.versionNumber()),
                    k -> new ArrayList<>()).add(r));
            return byVersion.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                    .map(e -> new ReasonGroup(e.getKey().reference(), e.getKey().number(), List.copyOf(e.getValue())))
                    .toList();
        }
    }

    public record Step(String key, String text) implements Serializable {
    }

    /** @param source where the rule comes from: the DfE advice's golden rule, or for adults the Care Act guidance */
    public record Rule(int number, String key, String text, String source) implements Serializable {
    }

    /** A question that decides a share no agreement covers, with the law or guidance it comes from. */
    public record ToDecide(String key, String text, String source) implements Serializable {
    }

    /**
     * Whom the advice is about: a child (the default, and the DfE golden rules), an adult at risk (the Care Act 2014,
     * the Mental Capacity Act 2005 and Making Safeguarding Personal instead), or both.
     */
    public enum AtRisk {
        CHILD("child"), ADULT("adult"), CHILD_AND_ADULT("both");

        private final String textKey;

        AtRisk(String textKey) {
            this.textKey = textKey;
        }

        /** The infix of this audience's sentences in route-text.properties ("next.adult.ASK_THE_DPO"). */
        String textKey() {
            return textKey;
        }
    }

    /** phone is null when unknown */
    public record Contact(String name, String email, String phone) implements Serializable {
    }
}
