package org.concordat.legal.domain.compliance;

import java.io.Serializable;
import java.util.List;

/** The findings for one agreement version, and the catalogue version they were made against. */
public record ComplianceReport(String catalogueVersion, List<Finding> findings) implements Serializable {

    public ComplianceReport {
        findings = List.copyOf(findings);
    }

    /** Any ERROR stops the version being submitted for approval. */
    public boolean blocksSubmission() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
