package org.concordat.agreement.domain;

/**
 * Where a version was agreed: approved in Concordat by every party's signatory, or signed outside Concordat and brought
 * in by an import (issue 20), which counts for route checks only once every party has confirmed it.
 */
public enum VersionOrigin {
    CONCORDAT, IMPORTED
}
