package org.concordat.agreement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.concordat.agreement.domain.SignatoryInvitation.CodeOutcome;
import org.concordat.agreement.domain.SignatoryInvitation.State;
import org.concordat.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The rules of a one-time link for a signatory outside Concordat: binding, expiry, attempts, replay. */
class SignatoryInvitationTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final VersionStatus SUBMITTED = VersionStatus.SUBMITTED;

    private static OutsideSignatory signatory() {
        return new OutsideSignatory(10, 7, " Dana Reed ", "Head of Safeguarding", "Dana.Reed@Academy.example", "lead@x", NOW);
    }

    private static SignatoryInvitation.Issued issue() {
        return SignatoryInvitation.issue(10, 2, signatory(), NOW, RANDOM);
    }

    @Test
    void theTokenIs32RandomBytesAndOnlyItsHashIsKept() {
        SignatoryInvitation.Issued issued = issue();
        assertEquals(32, Base64.getUrlDecoder().decode(issued.token()).length);
        assertEquals(43, issued.token().length());
        assertNotEquals(issued.token(), issue().token());
        assertEquals(10, issued.invitation().getVersionId());
        assertEquals(2, issued.invitation().getRound());
        assertEquals(7, issued.invitation().getOrganisationId());
        assertEquals("dana.reed@academy.example", issued.invitation().getEmail());
        assertEquals(NOW.plus(SignatoryInvitation.LINK_VALIDITY), issued.invitation().getExpiresAt());
        assertEquals(64, SignatoryInvitation.sha256(issued.token()).length());
    }

    @Test
    void theRightCodeConsumesTheLinkSoItCannotBeReplayed() {
        SignatoryInvitation invitation = issue().invitation();
        String code = invitation.newCode(SUBMITTED, 2, NOW, RANDOM);
        assertTrue(code.matches("\\d{6}"));
        assertTrue(invitation.hasCodeValidAt(NOW));
        assertEquals(CodeOutcome.ACCEPTED, invitation.enter(code, SUBMITTED, 2, NOW.plusSeconds(30)));
        assertEquals(State.USED, invitation.linkState(SUBMITTED, 2, NOW.plusSeconds(31)));
        assertEquals(CodeOutcome.NOT_USABLE, invitation.enter(code, SUBMITTED, 2, NOW.plusSeconds(32)));
        assertNull(invitation.newCode(SUBMITTED, 2, NOW.plusSeconds(33), RANDOM));
        assertEquals(State.USABLE, invitation.sessionState(SUBMITTED, 2, NOW.plusSeconds(60)));
        assertEquals(State.EXPIRED, invitation.sessionState(SUBMITTED, 2,
                NOW.plusSeconds(30).plus(SignatoryInvitation.SESSION_VALIDITY)));
    }

    @Test
    void aSessionNeedsTheCodeFirst() {
        SignatoryInvitation invitation = issue().invitation();
        assertEquals(State.EXPIRED, invitation.sessionState(SUBMITTED, 2, NOW));
    }

    @Test
    void theFifthWrongCodeLocksTheLink() {
        SignatoryInvitation invitation = issue().invitation();
        String code = invitation.newCode(SUBMITTED, 2, NOW, RANDOM);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 1; i < SignatoryInvitation.MAX_ATTEMPTS; i++) {
            assertEquals(CodeOutcome.WRONG, invitation.enter(wrong, SUBMITTED, 2, NOW));
        }
        assertEquals(CodeOutcome.LOCKED, invitation.enter(wrong, SUBMITTED, 2, NOW));
        assertEquals(State.LOCKED, invitation.linkState(SUBMITTED, 2, NOW));
        assertEquals(CodeOutcome.LOCKED, invitation.enter(code, SUBMITTED, 2, NOW), "even the right code, once locked");
        assertNull(invitation.newCode(SUBMITTED, 2, NOW, RANDOM));
    }

    @Test
    void malformedCodesCountAsWrong() {
        SignatoryInvitation invitation = issue().invitation();
        invitation.newCode(SUBMITTED, 2, NOW, RANDOM);
        assertEquals(CodeOutcome.WRONG, invitation.enter("12345", SUBMITTED, 2, NOW));
        assertEquals(CodeOutcome.WRONG, invitation.enter(null, SUBMITTED, 2, NOW));
        assertEquals(2, invitation.getFailedAttempts());
    }

    @Test
    void aCodeExpiresAfterTenMinutesAndOnlyTheLastOneCounts() {
        SignatoryInvitation invitation = issue().invitation();
        String first = invitation.newCode(SUBMITTED, 2, NOW, RANDOM);
        assertEquals(CodeOutcome.CODE_EXPIRED, invitation.enter(first, SUBMITTED, 2, NOW.plus(Duration.ofMinutes(10))));
        String second = invitation.newCode(SUBMITTED, 2, NOW.plus(Duration.ofMinutes(11)), RANDOM);
        if (!second.equals(first)) {
            assertEquals(CodeOutcome.WRONG, invitation.enter(first, SUBMITTED, 2, NOW.plus(Duration.ofMinutes(12))));
        }
        assertEquals(CodeOutcome.ACCEPTED, invitation.enter(second, SUBMITTED, 2, NOW.plus(Duration.ofMinutes(12))));
    }

    @Test
    void noCodeBeforeTheLinkIsOpened() {
        SignatoryInvitation invitation = issue().invitation();
        assertFalse(invitation.hasCodeValidAt(NOW));
        assertEquals(CodeOutcome.CODE_EXPIRED, invitation.enter("123456", SUBMITTED, 2, NOW));
    }

    @Test
    void aLinkExpires() {
        SignatoryInvitation invitation = issue().invitation();
        Instant later = NOW.plus(SignatoryInvitation.LINK_VALIDITY);
        assertEquals(State.USABLE, invitation.linkState(SUBMITTED, 2, later.minusSeconds(1)));
        assertEquals(State.EXPIRED, invitation.linkState(SUBMITTED, 2, later));
        assertNull(invitation.newCode(SUBMITTED, 2, later, RANDOM));
    }

    @Test
    void aLinkIsBoundToItsRoundAndToASubmittedVersion() {
        SignatoryInvitation invitation = issue().invitation();
        String code = invitation.newCode(SUBMITTED, 2, NOW, RANDOM);
        assertEquals(State.NO_LONGER_APPLIES, invitation.linkState(SUBMITTED, 3, NOW));
        assertEquals(State.NO_LONGER_APPLIES, invitation.linkState(VersionStatus.DRAFT, 2, NOW));
        assertEquals(State.NO_LONGER_APPLIES, invitation.linkState(VersionStatus.APPROVED, 2, NOW));
        assertEquals(CodeOutcome.NOT_USABLE, invitation.enter(code, SUBMITTED, 3, NOW));
        assertEquals(CodeOutcome.ACCEPTED, invitation.enter(code, SUBMITTED, 2, NOW));
        assertEquals(State.NO_LONGER_APPLIES, invitation.sessionState(VersionStatus.DRAFT, 2, NOW));
    }

    @Test
    void aRevokedLinkNeitherOpensNorKeepsItsSession() {
        SignatoryInvitation invitation = issue().invitation();
        String code = invitation.newCode(SUBMITTED, 2, NOW, RANDOM);
        invitation.enter(code, SUBMITTED, 2, NOW);
        invitation.revoke(NOW.plusSeconds(5));
        assertEquals(State.REVOKED, invitation.linkState(SUBMITTED, 2, NOW.plusSeconds(6)));
        assertEquals(State.REVOKED, invitation.sessionState(SUBMITTED, 2, NOW.plusSeconds(6)));
    }

    @Test
    void aLinkAsksForAtMostFiveCodes() {
        SignatoryInvitation invitation = issue().invitation();
        for (int i = 0; i < SignatoryInvitation.MAX_CODES; i++) {
            assertNotNull(invitation.newCode(SUBMITTED, 2, NOW, RANDOM));
        }
        assertNull(invitation.newCode(SUBMITTED, 2, NOW, RANDOM));
        assertEquals(State.LOCKED, invitation.linkState(SUBMITTED, 2, NOW));
    }

    @Test
    void theSignatoryIsCheckedFieldByField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new OutsideSignatory(1, 2, " ", null, "not-an-address", "lead@x", NOW));
        assertEquals(java.util.List.of("signatoryName", "signatoryRole", "signatoryEmail"),
                e.errors().stream().map(org.concordat.shared.domain.FieldError::field).toList());
    }

    @Test
    void identificationNamesTheAddress() {
        assertEquals("identified by a one-time link and code sent to dana.reed@academy.example",
                issue().invitation().identification());
    }
}
