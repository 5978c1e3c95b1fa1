package org.concordat.route.domain;

/** Why a route, or part of it, is not covered. The wording lives with the application (route-text.properties). */
public enum ReasonCode {
    /** The recipient is not an organisation of the partnership, so no agreement can name it. */
    RECIPIENT_NOT_LISTED(Scope.ROUTE),
    /** No version other than a draft has both organisations as parties. */
    NO_AGREEMENT(Scope.ROUTE),
    /** Both organisations are parties, but no flow of the version runs between them. */
    NO_FLOW_BETWEEN(Scope.VERSION),
    /** Submitted, awaiting the parties' approval. */
    AGREEMENT_NOT_APPROVED(Scope.VERSION),
    /** Approved, but its effective date is still to come. */
    AGREEMENT_NOT_YET_IN_FORCE(Scope.VERSION),
    AGREEMENT_EXPIRED(Scope.VERSION),
    AGREEMENT_TERMINATED(Scope.VERSION),
    /** The flow runs from the recipient to the sender only. */
    ONLY_OTHER_DIRECTION(Scope.FLOW),
    /** The flow is for another purpose. */
    PURPOSE_NOT_INCLUDED(Scope.FLOW),
    /** The flow leaves out some of the people the information is about. */
    SUBJECT_NOT_INCLUDED(Scope.CONTENT),
    /** The flow leaves out some of the kinds of information. */
    CATEGORY_NOT_INCLUDED(Scope.CONTENT);

    /** What a reason is about: the route, an agreement version, a flow, or part of a flow's content. */
    public enum Scope { ROUTE, VERSION, FLOW, CONTENT }

    private final Scope scope;

    ReasonCode(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }
}
