package org.concordat.route.domain;

import java.util.Optional;
import java.util.Set;

/** A flow covers information only about the people it names; the reason lists those it leaves out. */
final class SubjectPolicy implements FlowPolicy {

    @Override
    public Optional<Reason> check(RouteQuestion question, CandidateVersion version, CandidateFlow flow) {
        Set<String> missing = Codes.missing(question.dataSubjects(), flow.dataSubjects());
        return missing.isEmpty() ? Optional.empty()
                : Optional.of(Reason.ofFlow(ReasonCode.SUBJECT_NOT_INCLUDED, version, flow, missing));
    }
}
