package org.concordat.comment.domain;

/** Whether a thread still needs the authors' attention. */
public enum ThreadStatus {
    OPEN, RESOLVED
}
