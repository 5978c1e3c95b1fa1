package org.concordat.dpia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The record of a prior consultation with the ICO: its written advice under UK GDPR Article 36(2) (DPA 2018 section
 * 65 for law enforcement processing), how the organisation followed it, and who recorded it when. Written once, when
 * a version awaiting prior consultation is completed; never rewritten (the PostgreSQL trigger of V20_1 enforces it).
 */
@Embeddable
public class IcoPriorConsultation {

    @Column(name = "ico_reference")
    private String reference;

    @Column(name = "ico_advice_received_on")
    private LocalDate receivedOn;

    @Column(name = "ico_advice")
    private String advice;

    @Column(name = "ico_advice_followed")
    private String howFollowed;

    @Column(name = "ico_advice_recorded_by_email")
    private String recordedByEmail;

    @Column(name = "ico_advice_recorded_by_name")
    private String recordedByName;

    @Column(name = "ico_advice_recorded_at")
    private Instant recordedAt;

    protected IcoPriorConsultation() {
    }

    static IcoPriorConsultation recorded(IcoAdviceDetails details, String byEmail, String byName, Instant now) {
        IcoPriorConsultation c = new IcoPriorConsultation();
        c.reference = details.reference();
        c.receivedOn = details.receivedOn();
        c.advice = details.advice();
        c.howFollowed = details.howFollowed();
        c.recordedByEmail = byEmail;
        c.recordedByName = byName;
        c.recordedAt = now;
        return c;
    }

    public String getReference() {
        return reference;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getAdvice() {
        return advice;
    }

    public String getHowFollowed() {
        return howFollowed;
    }

    public String getRecordedByEmail() {
        return recordedByEmail;
    }

    public String getRecordedByName() {
        return recordedByName;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
