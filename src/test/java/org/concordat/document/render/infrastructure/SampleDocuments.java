package org.concordat.document.render.infrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.concordat.document.render.domain.DocumentModel;
import org.concordat.document.render.domain.DocumentModel.Answer;
import org.concordat.legal.domain.LegalBasis.Part;
import org.concordat.document.render.domain.DocumentModel.Flow;
import org.concordat.document.render.domain.DocumentModel.LegalBasis;
import org.concordat.document.render.domain.DocumentModel.Party;
import org.concordat.document.render.domain.DocumentModel.Provision;
import org.concordat.document.render.domain.DocumentModel.Section;

/** Documents of a realistic three-party safeguarding partnership, of any number of flows. */
public final class SampleDocuments {

    /** The end date of the submitted samples (drafts have none). */
    public static final LocalDate END_DATE = LocalDate.of(2029, 3, 31);

    public static final String SCRIPT = "<script>alert('shared')</script>";

    public static final Provision PUBLIC_TASK = new Provision("A6-1-e", "Public task",
            "Sharing is needed to carry out a task in the public interest or an official function that has a clear basis"
                    + " in law, such as a council's child protection duties. Record the power or duty the task comes from;"
                    + " this is the usual basis for public bodies.", "UK GDPR Article 6(1)(e)");
    public static final Provision LEGAL_OBLIGATION = new Provision("A6-1-c", "Legal obligation",
            "Sharing is needed so that the organisation complies with a duty it has under the law (not under a contract)."
                    + " Name the statute or rule of law that creates the duty.", "UK GDPR Article 6(1)(c)");
    public static final Provision SUBSTANTIAL_PUBLIC_INTEREST = new Provision("A9-2-g", "Substantial public interest",
            "Special category data may be shared where it is necessary for reasons of substantial public interest set out"
                    + " in law; in England that means one of the conditions in Part 2 of Schedule 1 to the DPA 2018.",
            "UK GDPR Article 9(2)(g)");
    public static final Provision HEALTH_OR_SOCIAL_CARE = new Provision("A9-2-h", "Health or social care",
            "Special category data may be shared for health or social care, including the management of care systems,"
                    + " by or under the responsibility of a professional who owes a duty of confidentiality.",
            "UK GDPR Article 9(2)(h)");
    public static final Provision SAFEGUARDING = new Provision("S1-P2-18", "Safeguarding of children and of individuals at risk",
            "Sharing protects a child or an adult at risk from neglect or physical, mental or emotional harm, where consent"
                    + " cannot be given, cannot reasonably be expected to be obtained, or would prejudice the protection.",
            "Data Protection Act 2018 Schedule 1 Part 2 paragraph 18");
    public static final Provision CRIMINAL_AUTHORISED = new Provision("A10-DPA-S10-5", "Authorised by law (a Schedule 1 condition)",
            "Criminal offence data may be shared when a condition in Schedule 1 to the DPA 2018 is met.",
            "Data Protection Act 2018 section 10(5)");
    public static final Provision CHILDREN_ACT_S11 = new Provision("CA2004-S11", "Arrangements to safeguard and promote welfare",
            "Named bodies must make sure their functions are discharged having regard to the need to safeguard and"
                    + " promote the welfare of children.", "Children Act 2004 section 11");
    public static final Provision CHILDREN_ACT_S47 = new Provision("CA1989-S47", "Local authority's duty to investigate",
            "A council must make enquiries when it has reasonable cause to suspect that a child is suffering, or is likely"
                    + " to suffer, significant harm; other bodies must help it unless that would be unreasonable.",
            "Children Act 1989 section 47");
    public static final Provision CRIME_AND_DISORDER = new Provision("CDA1998-S115", "Disclosure of information",
            "Any person may disclose information to a relevant authority where it is necessary or expedient for the"
                    + " purposes of the Crime and Disorder Act 1998.", "Crime and Disorder Act 1998 section 115");
    public static final Provision PUBLIC_INTEREST = new Provision("CL-PUBLIC-INTEREST", "Overriding public interest",
            "Confidential information may be disclosed without consent where the public interest in disclosure, such as"
                    + " protecting a child from significant harm, outweighs the duty of confidence.",
            "Common law duty of confidentiality; W v Egdell [1990] Ch 359");
    public static final Provision LAW_ENFORCEMENT_TASK = new Provision("LE-S35-2-B", "Necessary for a law enforcement task",
            "A competent authority may process personal data where it is necessary for a law enforcement purpose it"
                    + " carries out.", "Data Protection Act 2018 section 35(2)(b)");
    public static final Provision STRICTLY_NECESSARY = new Provision("LE-S35-5", "Sensitive processing that is strictly necessary",
            "Sensitive processing for law enforcement needs to be strictly necessary, meet a Schedule 8 condition and be"
                    + " covered by an appropriate policy document.", "Data Protection Act 2018 section 35(5)");
    public static final Provision SCHEDULE_8_CHILDREN = new Provision("S8-4", "Safeguarding of children and of individuals at risk",
            "Sensitive processing for law enforcement that protects a child or an adult at risk.",
            "Data Protection Act 2018 Schedule 8 paragraph 4");

    public static final List<Party> PARTIES = List.of(
            new Party("P1", "Northshire County Council", "CONTROLLER", "Dr Amelia Okonkwo-Fairbairn, Director of Children's Services",
                    "Front Door Information Governance Team", "ig.frontdoor@northshire.gov.uk"),
            new Party("P2", "Northshire Constabulary", "CONTROLLER", "Detective Superintendent Rhys ap Gwilym",
                    "Public Protection Unit", "ppu.disclosure@northshire.police.uk"),
            // The ICB's signatory approves outside Concordat (issue 20): the signature page says how she is identified.
            new Party("P3", "Northshire and Wyedale Integrated Care Board", "JOINT_CONTROLLER", "Priya Raman, Chief Nurse",
                    "Safeguarding Health Team", "safeguarding.health@nhs.net", true));

    private static final String[] SUBJECTS = {"Child", "Parent or carer", "Adult at risk", "Other family member",
            "Adult in contact with the child", "Alleged perpetrator"};
    private static final String[] CATEGORIES = {"Identifiers and contact details", "Health", "Social care",
            "Education", "Safeguarding concerns", "Domestic abuse", "Criminal offence data", "Housing",
            "Location of a person at risk"};
    private static final String[] PURPOSES = {"Child protection enquiry", "MASH triage", "Early help",
            "Missing child", "Serious violence duty", "Health care coordination"};
    private static final String[] TRANSFERS = {"Secure email", "Encrypted file transfer", "Shared case system",
            "System-to-system interface (API)"};

    private SampleDocuments() {
    }

    public static DocumentModel agreement(int flowCount, boolean draft) {
        List<Flow> flows = new ArrayList<>();
        for (int i = 1; i <= flowCount; i++) {
            flows.add(flow(i));
        }
        // The annex: every provision the flows use, in catalogue order.
        List<Provision> annex = Stream.of(LEGAL_OBLIGATION, PUBLIC_TASK, SUBSTANTIAL_PUBLIC_INTEREST, HEALTH_OR_SOCIAL_CARE,
                CRIMINAL_AUTHORISED, SAFEGUARDING, LAW_ENFORCEMENT_TASK, STRICTLY_NECESSARY, SCHEDULE_8_CHILDREN,
                PUBLIC_INTEREST, CHILDREN_ACT_S47, CHILDREN_ACT_S11, CRIME_AND_DISORDER)
                .filter(p -> flows.stream().anyMatch(f -> f.legalBasis().stream().anyMatch(b -> b.provision().equals(p))))
                .toList();
        String json = "{\"format\":\"concordat.agreement-version/1\",\"reference\":\"DSA-2026-0042\",\"number\":3,"
                + "\"status\":\"" + (draft ? "DRAFT" : "SUBMITTED") + "\",\"flows\":" + flowCount + "}";
        return new DocumentModel("Data sharing agreement",
                "Multi-agency safeguarding hub (MASH): sharing information about children and adults at risk in Northshire",
                "DSA-2026-0042", 3, draft ? "DRAFT" : "SUBMITTED", draft, LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31), draft ? null : END_DATE,
                "To let the MASH partners decide within one working day whether a contact about a child or an adult at"
                        + " risk needs a strategy discussion, early help or no further action.",
                "Faster, better-informed safeguarding decisions.\n\n- fewer repeat referrals\n- no child lost between services",
                PARTIES, sections(), flows, annex, json.getBytes(StandardCharsets.UTF_8),
                Instant.parse("2026-11-22T09:14:00Z"));
    }

    /**
     * Two flows in a row whose notes are as long as the editor allows (4,000 characters): each row is taller than
     * half a page, so they cannot share a page and one of them has to continue on the next.
     */
    public static final List<Integer> LONG_NOTES_FLOWS = List.of(50, 51);

    public static String longNotes(int flow) {
        StringBuilder notes = new StringBuilder();
        for (int step = 1; notes.length() < 3_900; step++) {
            notes.append("Step ").append(step).append(" of flow ").append(flow).append(": the sender checks that the request"
                    + " names the child's case reference, records the decision and its reasons, and sends only what the"
                    + " purpose needs. ");
        }
        return notes.toString().strip();
    }

    public static String retentionOf(int flow) {
        return "Kept for six years after the child's 18th birthday, then securely destroyed (schedule item R-" + flow + ")";
    }

    private static Flow flow(int i) {
        Party from = PARTIES.get(i % 3);
        Party to = PARTIES.get((i + 1) % 3);
        boolean police = from.key().equals("P2");
        List<LegalBasis> law = new ArrayList<>();
        if (police && i % 2 == 0) {
            law.add(new LegalBasis(Part.LAW_ENFORCEMENT_BASIS, LAW_ENFORCEMENT_TASK));
            law.add(new LegalBasis(Part.SENSITIVE_PROCESSING, STRICTLY_NECESSARY));
            law.add(new LegalBasis(Part.SCHEDULE_8_CONDITION, SCHEDULE_8_CHILDREN));
            law.add(new LegalBasis(Part.STATUTORY_GATEWAY, CRIME_AND_DISORDER));
        } else {
            law.add(new LegalBasis(Part.LAWFUL_BASIS, i % 4 == 0 ? LEGAL_OBLIGATION : PUBLIC_TASK));
            law.add(new LegalBasis(Part.ARTICLE_9_CONDITION, i % 5 == 0 ? HEALTH_OR_SOCIAL_CARE : SUBSTANTIAL_PUBLIC_INTEREST));
            law.add(new LegalBasis(Part.SCHEDULE_1_CONDITION, SAFEGUARDING));
            if (i % 3 == 0) {
                law.add(new LegalBasis(Part.ARTICLE_10_AUTHORITY, CRIMINAL_AUTHORISED));
            }
            law.add(new LegalBasis(Part.STATUTORY_GATEWAY, i % 2 == 0 ? CHILDREN_ACT_S47 : CHILDREN_ACT_S11));
            law.add(new LegalBasis(Part.CONFIDENTIALITY_BASIS, PUBLIC_INTEREST));
        }
        List<String> categories = new ArrayList<>();
        for (int c = 0; c < 3 + i % 5; c++) {
            categories.add(CATEGORIES[(i + c) % CATEGORIES.length]);
        }
        String notes = i % 4 == 1 ? "Only the MASH analyst opens the record; anything about a third party who reported"
                + " the concern is redacted before sending. Urgent cases are phoned through first and confirmed in"
                + " writing within 24 hours, recording who was told, when and why (flow " + i + ")." : null;
        if (LONG_NOTES_FLOWS.contains(i)) {
            notes = longNotes(i);
        }
        return new Flow("F" + i, from.organisation(), to.organisation(), i % 7 == 0,
                List.of(SUBJECTS[i % SUBJECTS.length], SUBJECTS[(i + 2) % SUBJECTS.length]), categories,
                PURPOSES[i % PURPOSES.length], i % 2 == 0 ? "Within one working day of each referral to the MASH"
                        : "Daily at 10:00 and at once when a child is at immediate risk", TRANSFERS[i % TRANSFERS.length],
                retentionOf(i), police && i % 2 == 0, notes, law);
    }

    private static List<Section> sections() {
        return List.of(
                new Section("parties", "Parties and their roles", "parties", List.of(
                        new Answer("How the parties work together", "The council, the police and the integrated care"
                                + " board work together in the Northshire MASH. Each is a separate controller for what it"
                                + " holds and shares; the council and the ICB are joint controllers of the MASH record.\n\n"
                                + "The MASH manager chairs a monthly information governance meeting."),
                        new Answer("Joint controller arrangements", null),
                        new Answer("Single points of contact", "- Council: ig.frontdoor@northshire.gov.uk, 01632 960 000\n"
                                + "- Police: ppu.disclosure@northshire.police.uk\n- ICB: safeguarding.health@nhs.net"))),
                new Section("purpose-and-benefits", "Purpose and expected benefits", "purpose", List.of(
                        new Answer("Purpose of the sharing", "To decide quickly and safely what help a child or an adult at"
                                + " risk needs, and to act on it.\n\nThis covers:\n- screening contacts at the front door\n"
                                + "- strategy discussions under section 47 of the Children Act 1989\n- multi-agency risk"
                                + " assessment conferences for victims of domestic abuse, where the same partners attend and"
                                + " the information shared is kept to what the conference needs"),
                        new Answer("Benefits expected", "Decisions within one working day for 95% of contacts; fewer"
                                + " repeat referrals; no child lost between services."),
                        new Answer("Why sharing is necessary", "A single agency rarely holds the whole picture. " + SCRIPT
                                + " must never run: this answer shows how markup typed by an author is printed as text,"
                                + " <b>not bold</b>.")))
                ,
                new Section("lawful-basis", "Lawful basis and conditions", "lawful-basis", List.of()),
                new Section("transfer-and-security", "Transfer and security", "transfer", List.of(
                        new Answer("Security measures", "Information is sent only by the methods each flow names. Laptops"
                                + " are encrypted; the shared case system enforces multi-factor authentication and records"
                                + " every view.\n\n- Cyber Essentials Plus for every partner\n- Data Security and"
                                + " Protection Toolkit \"standards met\" for the ICB\n- annual penetration test of the"
                                + " shared case system, with findings tracked to closure by the MASH board"),
                        new Answer("Access controls", "Access is role-based and reviewed every quarter by each partner's"
                                + " information asset owner."))),
                new Section("retention-and-deletion", "Retention and secure deletion", null, List.of(
                        new Answer("How long the recipient keeps it", "As each flow says. Where a flow does not say, the"
                                + " recipient keeps the information no longer than its own retention schedule allows and"
                                + " never longer than the child's 25th birthday.\nCopies made for a meeting are destroyed"
                                + " after the meeting."),
                        new Answer("Secure deletion", "Paper is cross-cut shredded on site; electronic copies are deleted"
                                + " from every system, including e-mail folders and downloads, and backups age out within"
                                + " 35 days."))),
                new Section("review-variation-termination", "Review, variation and termination", null, List.of(
                        new Answer("Review", "The partners review this agreement every year, and after any serious"
                                + " incident or change of law. The council's IG lead arranges the review."),
                        new Answer("Variation", "Any change is a new version approved by every party."),
                        new Answer("Termination", "A party may leave with three months' written notice; information"
                                + " already shared stays protected by this agreement."))),
                new Section("signatures", "Signatures", "signatures", List.of()));
    }
}
