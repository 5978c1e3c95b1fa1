package org.concordat.route.domain;

import java.util.Optional;
import java.util.Set;

/** A flow covers only the kinds of information it names; the reason lists those it leaves out. */
final class CategoryPolicy implements FlowPolicy {

    @Override
    public Optional<Reason> check(RouteQuestion question, CandidateVersion version, CandidateFlow flow) {
        Set<String> missing = Codes.missing(question.dataCategories(), flow.dataCategories());
        return missing.isEmpty() ? Optional.empty()
                : Optional.of(Reason.ofFlow(ReasonCode.CATEGORY_NOT_INCLUDED, version, flow, missing));
    }
}
