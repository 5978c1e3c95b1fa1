package org.concordat.legal.domain.compliance;

/** How much a finding matters: an ERROR blocks submission for approval. */
public enum Severity {
    ERROR, WARNING, INFO
}
