package org.concordat.dpia.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A step's two-line introduction: its first sentence, the citations left to the details below it. */
class DpiaViewTest {

    @Test
    void theIntroductionIsTheFirstSentenceWithoutItsCitations() {
        assertEquals("Describe the sharing fully enough for someone outside the project to follow it.",
                DpiaView.introduction("Describe the sharing fully enough for someone outside the project to follow it (UK GDPR"
                        + " Article 35(7)(a)). Cover its nature, its scope, its context and its purposes."));
        assertEquals("Say whom you consulted, when and how.", DpiaView.introduction("Say whom you consulted, when and how. "
                + "Seek the views of the people concerned where appropriate (Article 35(9))."));
        assertEquals("One sentence only", DpiaView.introduction("  One sentence only  "));
        assertEquals("", DpiaView.introduction(null));
    }
}
