package org.concordat.legal.domain.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** Small helpers for writing policies: a flow-by-flow check that collects findings. */
final class Policies {

    private Policies() {
    }

    static List<Finding> perFlow(Evaluation evaluation, BiConsumer<FlowFacts, List<Finding>> check) {
        List<Finding> findings = new ArrayList<>();
        for (FlowFacts flow : evaluation.agreement().flows()) {
            check.accept(flow, findings);
        }
        return findings;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
