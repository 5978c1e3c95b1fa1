package org.concordat.document.render.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concordat.shared.domain.StatusTag;
import org.concordat.dpia.application.DpiaData;
import org.concordat.dpia.domain.DpiaVersionStatus;
import org.concordat.dpia.domain.DpoAdviceDecision;
import org.concordat.dpia.domain.HeatMap;
import org.concordat.dpia.domain.MeasureEffect;
import org.concordat.dpia.domain.RiskLevel;
import org.concordat.dpia.domain.RiskLikelihood;
import org.concordat.dpia.domain.RiskScale;
import org.concordat.dpia.domain.RiskSeverity;
import org.concordat.dpia.domain.Screening;
import org.concordat.dpia.domain.ScreeningOutcome;
import org.concordat.template.domain.BuiltInTemplate;
import org.concordat.template.domain.FieldSpec;
import org.concordat.template.domain.SectionSpec;
import org.concordat.template.domain.TemplateContent;
import org.concordat.template.domain.TemplateKind;
import org.concordat.template.infrastructure.YamlTemplateReader;

/**
 * A realistic DPIA of the Northshire MASH on the shipped ICO template, as the DPIA feature's queries return it: the
 * screening answered, every step answered, five risks (four with measures), the DPO's advice and the sign-off, at any
 * stage of its life.
 */
final class SampleDpias {

    static final TemplateContent TEMPLATE = new YamlTemplateReader(DocumentOfShippedTemplateTest.FILES).read().stream()
            .filter(t -> t.kind() == TemplateKind.DPIA).map(BuiltInTemplate::content).findFirst().orElseThrow();
    static final RiskScale SCALE = RiskScale.of(TEMPLATE.riskMatrix());
    static final Instant NOW = Instant.parse("2026-11-30T10:30:00Z");

    /** The questions answered yes. */
    static final Set<String> YES = Set.of("children-or-vulnerable-people", "risk-of-physical-harm", "data-matching");

    static final String DPO_SUMMARY = "The sharing can go ahead once the secure portal is the only route for referrals"
            + " and addresses of people at risk are withheld from every shared view.";
    static final String DPO_ADVICE = "The processing is lawful on public task with the safeguarding conditions of Schedule 1,"
            + " and the statutory gateways cited are the right ones.\n\nThe measures are proportionate. Two matter most:\n"
            + "- referrals go only through the secure portal\n- addresses of people at risk are withheld by default\n\n"
            + "I advise reviewing the DPIA after six months of operation, with the portal's audit reports.";
    static final String OVERRULE_REASONS = "The partnership board accepted the remaining risk to parents who have fled"
            + " domestic abuse: withholding addresses from the police would delay urgent protection. The ICO is to be"
            + " consulted before the sharing starts.";

    private SampleDpias() {
    }

    record Risk(String key, String source, String impact, RiskLikelihood likelihood, RiskSeverity severity,
                List<DpiaData.MeasureData> measures) {
    }

    static DpiaData completed() {
        return dpia(DpiaVersionStatus.COMPLETED, false);
    }

    static DpiaData draft() {
        return dpia(DpiaVersionStatus.DRAFT, false);
    }

    /** Signed off with a high residual risk accepted and the DPO's advice overruled: the ICO must be consulted. */
    static DpiaData priorConsultation() {
        return dpia(DpiaVersionStatus.PRIOR_CONSULTATION_REQUIRED, true);
    }

    /** Signed off with a high residual risk, then completed once the ICO's written advice was recorded. */
    static DpiaData afterPriorConsultation() {
        return dpia(DpiaVersionStatus.COMPLETED, true);
    }

    static final String ICO_ADVICE = "The ICO advised that addresses of people at risk be shared with the police only"
            + " on a named officer's request, and that the portal keep an audit of every view.";
    static final String ICO_ADVICE_FOLLOWED = "The portal now releases addresses only on a logged request from a named"
            + " officer; audit reports go to the partnership board each quarter.";

    static DpiaData dpia(DpiaVersionStatus status, boolean acceptHighRisk) {
        List<DpiaData.ScreeningAnswerData> screening = new ArrayList<>();
        List<Screening.Reason> reasons = new ArrayList<>();
        TEMPLATE.screening().forEach(q -> {
            boolean yes = YES.contains(q.key());
            screening.add(new DpiaData.ScreeningAnswerData(q.key(), q.question().strip(), q.guidance(), q.indicator(),
                    q.highRisk(), yes));
            if (yes) {
                reasons.add(new Screening.Reason(q.key(), q.question().strip(), q.indicator(), q.highRisk()));
            }
        });
        List<DpiaData.RiskData> risks = risks(acceptHighRisk).stream().map(SampleDpias::scored).toList();
        boolean prior = risks.stream().anyMatch(r -> r.residual() == RiskLevel.HIGH);
        boolean advised = status != DpiaVersionStatus.DRAFT && status != DpiaVersionStatus.AWAITING_DPO_ADVICE;
        boolean signedOff = status.isSignedOff();
        DpiaData.DpoAdviceData advice = new DpiaData.DpoAdviceData(
                status == DpiaVersionStatus.DRAFT ? null : Instant.parse("2026-11-20T15:05:00Z"),
                status == DpiaVersionStatus.DRAFT ? null : "sam.patel@council.northshire.example",
                advised ? DPO_ADVICE : null, advised ? DPO_SUMMARY : null, advised ? "Dee Okafor" : null,
                advised ? "dpo@council.northshire.example" : null, advised ? Instant.parse("2026-11-25T11:40:00Z") : null);
        DpiaData.SignOffData signOff = signedOff ? new DpiaData.SignOffData("Helen Carter, Director of Children's Services",
                "Helen Carter, Director of Children's Services", acceptHighRisk ? DpoAdviceDecision.OVERRULED : DpoAdviceDecision.ACCEPTED,
                "Helen Carter, Director of Children's Services", acceptHighRisk ? OVERRULE_REASONS : null,
                "Sam Patel, Information Governance Lead", acceptHighRisk ? "The young people's forum asked for addresses never"
                + " to be shared; the board judged that urgent protection needs them shared with the police." : null,
                "Sam Patel, Information Governance Lead", LocalDate.of(2027, 11, 30), "Helen Carter",
                "signatory@council.northshire.example", Instant.parse("2026-11-28T09:15:00Z"))
                : new DpiaData.SignOffData(null, null, null, null, null, null, null, null, null, null, null, null);
        return new DpiaData(7, "DPIA-2026-0007", 71, 2, status, 12,
                "Health and police information shared at the Northshire MASH", 5, 1, "Northshire County Council",
                ScreeningOutcome.REQUIRED, screening, reasons, answers(), risks, heatMap(risks, false), heatMap(risks, true),
                prior, advice, signOff, acceptHighRisk && status == DpiaVersionStatus.COMPLETED
                        ? new DpiaData.IcoAdviceData("RFA0123456", LocalDate.of(2026, 12, 2), ICO_ADVICE,
                        ICO_ADVICE_FOLLOWED, "Dee Okafor", "dpo@council.northshire.example", Instant.parse("2026-12-03T10:00:00Z"))
                        : null, List.of(
                new DpiaData.LinkedAgreementData(42, "DSA-2026-0042", "Multi-agency safeguarding hub (MASH): sharing"
                        + " information about children and adults at risk in Northshire", 3, "APPROVED", 420),
                new DpiaData.LinkedAgreementData(51, "DSA-2026-0051", "Health information for child protection enquiries",
                        1, "SUBMITTED", 510)),
                List.of(new DpiaData.VersionData(70, 1, DpiaVersionStatus.SUPERSEDED, StatusTag.ENDED),
                        new DpiaData.VersionData(71, 2, status, tag(status))),
                status == DpiaVersionStatus.DRAFT, false, false, false, false, false, true, tag(status), tag(status).label());
    }

    /** The tag of the sample's version on 1 December 2026 (signed off on 28 November 2026, review by 30 November 2027). */
    static StatusTag tag(DpiaVersionStatus status) {
        return StatusTag.of(status.stage(false), LocalDate.of(2026, 11, 28), LocalDate.of(2027, 11, 30), null,
                LocalDate.of(2026, 12, 1));
    }

    static List<Risk> risks(boolean acceptHighRisk) {
        return List.of(
                new Risk("R1", "A referral about a child is emailed to the wrong school or to a personal address",
                        "The child's health history and family circumstances reach people with no role in the case; the"
                                + " family loses trust and stops engaging with help.", RiskLikelihood.PROBABLE, RiskSeverity.SEVERE,
                        List.of(measure("M1", "R1", "Referrals are sent only through the MASH secure portal; the mail gateway"
                                        + " blocks referrals sent by email.", MeasureEffect.REDUCED, RiskLikelihood.REMOTE,
                                        RiskSeverity.SIGNIFICANT, true, "Head of Information Governance", LocalDate.of(2027, 1, 31)),
                                measure("M2", "R1", "Each partner audits who opened portal referrals every quarter.",
                                        MeasureEffect.REDUCED, RiskLikelihood.POSSIBLE, RiskSeverity.SIGNIFICANT, false,
                                        "MASH manager", null))),
                new Risk("R2", "The address of a parent who has fled domestic abuse is disclosed through a shared record",
                        "The alleged perpetrator finds the parent and the children: physical harm, and a move to another refuge.",
                        RiskLikelihood.POSSIBLE, RiskSeverity.SEVERE, List.of(acceptHighRisk
                        ? measure("M3", "R2", "Addresses stay visible to the police for urgent protection; the risk is accepted.",
                        MeasureEffect.ACCEPTED, RiskLikelihood.POSSIBLE, RiskSeverity.SEVERE, true, "Detective Inspector, PPU",
                        LocalDate.of(2027, 2, 28))
                        : measure("M3", "R2", "Addresses of people at risk are flagged and withheld from every shared view;"
                                + " only the MASH analyst can reveal one, and each reveal is audited.", MeasureEffect.REDUCED,
                        RiskLikelihood.REMOTE, RiskSeverity.SEVERE, true, "MASH analyst lead", LocalDate.of(2027, 2, 28)))),
                new Risk("R3", "Information is kept longer than needed after a case closes",
                        "Old and possibly inaccurate information shapes later decisions about the family.",
                        RiskLikelihood.POSSIBLE, RiskSeverity.SIGNIFICANT, List.of(measure("M4", "R3", "Records are reviewed at"
                                + " case closure and deleted on the retention schedule; a monthly report lists overdue records.",
                        MeasureEffect.ELIMINATED, RiskLikelihood.REMOTE, RiskSeverity.MINIMAL, true, "Records manager",
                        LocalDate.of(2026, 12, 31)))),
                new Risk("R4", "Practitioners hesitate to share because they are unsure sharing is lawful",
                        "A child at risk of significant harm is not protected in time.", RiskLikelihood.POSSIBLE,
                        RiskSeverity.SEVERE, List.of(measure("M5", "R4", "Every MASH practitioner is trained on the golden rules"
                                + " of information sharing and uses Concordat's route check.", MeasureEffect.REDUCED,
                        RiskLikelihood.REMOTE, RiskSeverity.SEVERE, true, "Partnership business manager",
                        LocalDate.of(2027, 3, 31)))),
                new Risk("R5", "A typing error in the shared case system attaches a note to the wrong child",
                        "A family is wrongly associated with a concern until the error is found.", RiskLikelihood.REMOTE,
                        RiskSeverity.SIGNIFICANT, List.of()));
    }

    static DpiaData.MeasureData measure(String key, String risk, String description, MeasureEffect effect,
                                        RiskLikelihood likelihood, RiskSeverity severity, boolean approved, String owner,
                                        LocalDate due) {
        return new DpiaData.MeasureData(key, risk, description, effect, likelihood, severity, SCALE.level(likelihood, severity),
                approved, owner, due);
    }

    /** As the domain scores a risk: overall from the matrix, residual what the best approved measure leaves. */
    static DpiaData.RiskData scored(Risk r) {
        RiskLevel overall = SCALE.level(r.likelihood(), r.severity());
        RiskLevel residual = r.measures().stream().filter(DpiaData.MeasureData::approved).map(DpiaData.MeasureData::residual)
                .min(Comparator.naturalOrder()).orElse(overall);
        return new DpiaData.RiskData(r.key(), r.source(), r.impact(), r.likelihood(), r.severity(), overall, residual,
                r.measures());
    }

    static HeatMap heatMap(List<DpiaData.RiskData> risks, boolean after) {
        List<HeatMap.Row> rows = new ArrayList<>();
        RiskLikelihood[] likelihoods = RiskLikelihood.values();
        for (int i = likelihoods.length - 1; i >= 0; i--) {
            RiskLikelihood l = likelihoods[i];
            List<HeatMap.Cell> cells = new ArrayList<>();
            for (RiskSeverity s : RiskSeverity.values()) {
                cells.add(new HeatMap.Cell(l, s, SCALE.level(l, s), risks.stream().filter(r -> position(r, after, l, s))
                        .map(DpiaData.RiskData::key).toList()));
            }
            rows.add(new HeatMap.Row(l, cells));
        }
        return new HeatMap(rows);
    }

    private static boolean position(DpiaData.RiskData r, boolean after, RiskLikelihood l, RiskSeverity s) {
        DpiaData.MeasureData best = after ? r.measures().stream().filter(DpiaData.MeasureData::approved)
                .min(Comparator.comparing(DpiaData.MeasureData::residual)).orElse(null) : null;
        return best == null ? r.likelihood() == l && r.severity() == s
                : best.residualLikelihood() == l && best.residualSeverity() == s;
    }

    /** An answer to every field of every step, some of them formatted. */
    static Map<String, String> answers() {
        Map<String, String> texts = Map.ofEntries(
                Map.entry("project-aims", "The MASH partners share health and police information about children and adults"
                        + " at risk so that each contact gets a decision within one working day."),
                Map.entry("why-a-dpia", "The screening found three indicators: the processing is about children and"
                        + " vulnerable adults, a breach could put people in physical danger, and records are matched across"
                        + " partners."),
                Map.entry("nature", "Referrals arrive through the secure portal, are triaged by MASH analysts, and the partners"
                        + " add what they hold:\n- health visiting and school nursing records\n- police domestic abuse"
                        + " incidents\n- children's social care history"),
                Map.entry("scope", "About 9,000 contacts a year, each about one or more children; special category and"
                        + " criminal offence data; kept six years after the child's 18th birthday."),
                Map.entry("context", "Families do not choose to be referred and have little control; most would expect"
                        + " agencies to talk to one another when a child may be at risk."),
                Map.entry("purposes", "Faster and better-informed safeguarding decisions; fewer repeat referrals."),
                Map.entry("stakeholders-consulted", "The three partners' IG leads and DPOs, the Caldicott Guardian, the MASH"
                        + " managers and the shared case system's supplier, from June to September 2026."),
                Map.entry("individuals-views", "The young people's forum and a parents' group were consulted in July 2026."),
                Map.entry("lawful-basis", "UK GDPR Article 6(1)(e) public task; Article 9(2)(g) with DPA 2018 Schedule 1"
                        + " paragraph 18; Children Act 1989 section 47 and Children Act 2004 section 11."),
                Map.entry("achieves-purpose", "No single agency holds the whole picture; less information would leave"
                        + " decisions uninformed."),
                Map.entry("function-creep", "Purpose statements in the agreement, role-based access and monthly audits."),
                Map.entry("data-quality-and-minimisation", "Only the fields the triage form names are shared."),
                Map.entry("individuals-rights", "Each partner's privacy notice describes the MASH; requests are handled"
                        + " by the partner that holds the record."),
                Map.entry("processors", "The case system's supplier is bound by a processor contract (Article 28)."),
                Map.entry("international-transfers", "None: all information stays in the UK."),
                Map.entry("risk-approach", "A workshop of the partners' IG leads, drawing on two serious case reviews and the"
                        + " portal's incident log."));
        Map<String, String> answers = new LinkedHashMap<>();
        for (SectionSpec s : TEMPLATE.sections()) {
            for (FieldSpec f : s.fields()) {
                if (texts.containsKey(f.key())) {
                    answers.put(s.key() + "." + f.key(), texts.get(f.key()));
                }
            }
        }
        return answers;
    }
}
