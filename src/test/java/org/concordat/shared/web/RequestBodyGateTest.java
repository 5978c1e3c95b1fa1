package org.concordat.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.concordat.shared.web.RequestBodyGate.Answer;
import org.concordat.shared.web.RequestBodyGate.Decision;
import org.junit.jupiter.api.Test;

class RequestBodyGateTest {

    static final String UPLOAD = "multipart/form-data; boundary=----x";
    static final String FORM = "application/x-www-form-urlencoded";
    static final long UPLOAD_LIMIT = UploadRefusal.MAX_REQUEST_BYTES;

    @Test
    void anUploadOverThePagesLimitIsTurnedBackWhateverItsSize() {
        for (long size : new long[] {UPLOAD_LIMIT + 1, 50L * 1024 * 1024 + 1, 5L * 1024 * 1024 * 1024, Long.MAX_VALUE}) {
            assertEquals(new Decision(Answer.TURN_BACK_UPLOAD, 0), RequestBodyGate.decide("/verify.xhtml", UPLOAD, size),
                    size + " bytes: read to the end only to be thrown away");
        }
        assertEquals(Answer.TURN_BACK_UPLOAD, RequestBodyGate.decide("/app/organisation.xhtml", "Multipart/Form-Data; boundary=y",
                UPLOAD_LIMIT + 1).answer());
    }

    @Test
    void anUploadWithinTheLimitGoesOnAndIsReadNoFurther() {
        assertEquals(new Decision(Answer.GO_ON, UPLOAD_LIMIT), RequestBodyGate.decide("/verify.xhtml", UPLOAD, UPLOAD_LIMIT));
        assertEquals(new Decision(Answer.GO_ON, UPLOAD_LIMIT), RequestBodyGate.decide("/verify.xhtml", UPLOAD, -1),
                "an upload that does not declare its length is cut off at the limit");
    }

    @Test
    void anyOtherFormOverTwoMegabytesIsRefusedBeforeSignInCouldReadIt() {
        assertEquals(new Decision(Answer.FORM_TOO_LARGE, 0),
                RequestBodyGate.decide("/app/home.xhtml", FORM, RequestBodyGate.PAGE_FORM_BYTES + 1));
        assertEquals(Answer.FORM_TOO_LARGE, RequestBodyGate.decide("/login.xhtml", FORM, 45L * 1024 * 1024).answer());
        assertEquals(Answer.FORM_TOO_LARGE, RequestBodyGate.decide("/login.xhtml", null, 45L * 1024 * 1024).answer());
        assertEquals(new Decision(Answer.GO_ON, RequestBodyGate.PAGE_FORM_BYTES), RequestBodyGate.decide("/login.xhtml", FORM, 300));
        assertEquals(new Decision(Answer.GO_ON, RequestBodyGate.PAGE_FORM_BYTES), RequestBodyGate.decide("/login.xhtml", FORM, -1));
    }

    @Test
    void theApiDecidesFromTheDeclaredLengthItselfAndAnUndeclaredBodyIsCutOff() {
        assertEquals(new Decision(Answer.GO_ON, 0), RequestBodyGate.decide("/api/v1/verifications", "application/pdf",
                60L * 1024 * 1024), "the endpoint refuses it from its declared length, unread");
        assertEquals(new Decision(Answer.GO_ON, 0), RequestBodyGate.decide("/api/v1/route-checks", "application/json", 2_000));
        assertEquals(new Decision(Answer.GO_ON, RequestBodyGate.API_UNDECLARED_BYTES),
                RequestBodyGate.decide("/api/v1/verifications", "application/pdf", -1));
    }
}
