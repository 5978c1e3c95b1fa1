package org.concordat.setup.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.concordat.agreement.application.AgreementSeeding;
import org.concordat.agreement.domain.AgreementDetails;
import org.concordat.agreement.domain.FlowDetails;
import org.concordat.agreement.domain.PartyDetails;
import org.concordat.agreement.domain.PartyRole;
import org.concordat.legal.domain.LegalBasis;
import org.concordat.legal.domain.compliance.Regime;
import org.concordat.organisation.application.OrganisationData;
import org.concordat.organisation.application.OrganisationQueries;
import org.concordat.organisation.application.RegisterOrganisation;
import org.concordat.organisation.domain.OrganisationDetails;
import org.concordat.organisation.domain.Sector;
import org.concordat.security.application.ManageUsers;
import org.concordat.security.application.UserData;
import org.concordat.security.domain.UserDetails;
import org.concordat.shared.domain.Caller;
import org.concordat.shared.domain.Role;
import org.concordat.template.application.TemplateLibrary;

/**
 * The fictional Northshire safeguarding partnership, seeded in demo mode into an empty database: eight partner
 * organisations and one user per role where the role makes sense. Every demo user has the password
 * {@value #DEMO_PASSWORD} (listed in the README; demo mode only).
 */
@ApplicationScoped
public class DemoPartnership {

    public static final String DEMO_PASSWORD = "Northshire-demo-2026";
    private static final Logger LOG = Logger.getLogger(DemoPartnership.class.getName());

    @Inject
    OrganisationQueries organisations;

    @Inject
    RegisterOrganisation registerOrganisation;

    @Inject
    ManageUsers manageUsers;

    @Inject
    AgreementSeeding agreements;

    @Inject
    TemplateLibrary templates;

    private record DemoUser(String email, String name, String jobTitle, Set<Role> roles) {
    }

    private record DemoOrganisation(OrganisationDetails details, List<DemoUser> users) {
    }

    @Transactional
    public void seedIfEmpty() {
        if (organisations.count() > 0) {
            return;
        }
        Map<String, Caller> users = new HashMap<>();
        for (DemoOrganisation demo : partnership()) {
            OrganisationData organisation = registerOrganisation.registerTrusted(demo.details());
            for (DemoUser u : demo.users()) {
                UserData user = manageUsers.createTrusted(new UserDetails(organisation.id(), u.name(), u.email(),
                        u.jobTitle(), u.roles()), DEMO_PASSWORD, false);
                users.put(u.email(), new Caller(user.id(), u.email(), u.name(), organisation.id(), organisation.name(),
                        u.roles()));
            }
        }
        seedAgreement(users);
        LOG.info("event=demo_partnership_seeded organisations=8 agreements=1");
    }

    /**
     * One agreement in force, so that a practitioner can try a route check at once: Riverside Primary School and the
     * council's children's services, for children in need, early help and child protection enquiries.
     */
    private void seedAgreement(Map<String, Caller> users) {
        long council = organisations.findByName("Northshire County Council").orElseThrow().id();
        long school = organisations.findByName("Riverside Primary School").orElseThrow().id();
        AgreementDetails details = new AgreementDetails("Children in need, early help and child protection: Riverside"
                + " Primary School and Northshire children's services", "Let the school and children's services share"
                + " what they know about a child early, so that help comes before harm.", "Earlier help for families;"
                + " fewer children reaching crisis; enquiries that start with the full picture.", LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 4, 1), null);
        List<PartyDetails> parties = List.of(
                new PartyDetails(council, PartyRole.CONTROLLER, "Helen Carter", "Sam Patel", "iglead@council.northshire.example"),
                new PartyDetails(school, PartyRole.CONTROLLER, "Mr Peter Shaw", "Emma Frost", "dsl@riverside.northshire.example"));
        List<FlowDetails> flows = List.of(
                flow("P2", "P1", Set.of("CHILD", "PARENT_CARER"), Set.of("IDENTIFIERS_CONTACT", "EDUCATION_DATA", "SAFEGUARDING_CONCERNS"),
                        "CHILD_IN_NEED", Set.of("CA1989-S17", "CA2004-S11", "EA2002-S175")),
                flow("P2", "P1", Set.of("CHILD"), Set.of("IDENTIFIERS_CONTACT", "EDUCATION_DATA", "SAFEGUARDING_CONCERNS"),
                        "CHILD_PROTECTION_ENQUIRY", Set.of("CA1989-S47", "CA2004-S11", "EA2002-S175")),
                flow("P1", "P2", Set.of("CHILD"), Set.of("IDENTIFIERS_CONTACT", "SOCIAL_CARE"), "EARLY_HELP", Set.of("CA2004-S10")));
        agreements.approved(templates.latestBuiltInVersionId("ICO-DSA"), details, parties, flows, Map.of(),
                "iglead@council.northshire.example", List.of(
                        new AgreementSeeding.Approval(users.get("signatory@council.northshire.example")),
                        new AgreementSeeding.Approval(users.get("head@riverside.northshire.example"))), true);
    }

    private static FlowDetails flow(String from, String to, Set<String> subjects, Set<String> categories, String purpose,
                                    Set<String> gateways) {
        return new FlowDetails(from, to, false, subjects, categories, purpose, "When a concern arises", "SECURE_EMAIL",
                "Until the child is 25, then securely destroyed", new LegalBasis(Regime.GENERAL, Set.of("A6-1-e"), null,
                null, null, null, null, gateways, null, "CL-PUBLIC-INTEREST", null, null), null);
    }

    private static List<DemoOrganisation> partnership() {
        LocalDate apd = LocalDate.of(2026, 4, 1);
        return List.of(
                new DemoOrganisation(org("Northshire County Council", Sector.LOCAL_AUTHORITY, true, false,
                        "ZA100001", "Priya Shah", "dpo@council.northshire.example", "01632 960001",
                        "NCC-APD-2026 Special category and criminal offence data policy", apd), List.of(
                        user("admin@council.northshire.example", "Alex Morgan", "Concordat administrator", Role.ADMIN),
                        user("iglead@council.northshire.example", "Sam Patel", "Information governance manager", Role.IG_LEAD),
                        user("signatory@council.northshire.example", "Helen Carter", "Director of Children's Services", Role.SIGNATORY),
                        user("dpo@council.northshire.example", "Priya Shah", "Data Protection Officer", Role.DPO),
                        user("social.worker@council.northshire.example", "Jordan Lee", "Social worker, MASH", Role.PRACTITIONER))),
                new DemoOrganisation(org("Northshire Police", Sector.POLICE, true, true,
                        "ZA100002", "Mark Ellis", "dpo@police.northshire.example", "01632 960002",
                        "NP-APD-2025 Sensitive processing policy", apd.minusMonths(6)), List.of(
                        user("iglead@police.northshire.example", "Ruth Okafor", "Information management lead", Role.IG_LEAD),
                        user("signatory@police.northshire.example", "Chief Supt. Dan Hughes", "Head of Public Protection", Role.SIGNATORY),
                        user("dpo@police.northshire.example", "Mark Ellis", "Data Protection Officer", Role.DPO),
                        user("officer@police.northshire.example", "PC Amy Walsh", "Child abuse investigation officer", Role.PRACTITIONER))),
                new DemoOrganisation(org("Northshire NHS Integrated Care Board", Sector.HEALTH, true, false,
                        "ZA100003", "Tom Reid", "dpo@icb.northshire.example", "01632 960003",
                        "ICB-APD-2026 Appropriate policy document", apd), List.of(
                        user("iglead@icb.northshire.example", "Grace Nolan", "Head of information governance", Role.IG_LEAD),
                        user("signatory@icb.northshire.example", "Dr Imran Qureshi", "Caldicott Guardian", Role.SIGNATORY),
                        user("dpo@icb.northshire.example", "Tom Reid", "Data Protection Officer", Role.DPO),
                        user("safeguarding@icb.northshire.example", "Nina Brooks", "Designated nurse, safeguarding children", Role.PRACTITIONER))),
                new DemoOrganisation(org("Northshire Hospitals NHS Trust", Sector.HEALTH, true, false,
                        "ZA100004", "Oliver Grant", "dpo@hospitals.northshire.example", "01632 960004",
                        "NHT-APD-2026 Appropriate policy document", apd), List.of(
                        user("iglead@hospitals.northshire.example", "Fiona Blake", "Information governance manager", Role.IG_LEAD),
                        user("signatory@hospitals.northshire.example", "Dr Sarah Kent", "Caldicott Guardian", Role.SIGNATORY),
                        user("dpo@hospitals.northshire.example", "Oliver Grant", "Data Protection Officer", Role.DPO),
                        user("health.visitor@hospitals.northshire.example", "Leah Price", "Health visitor", Role.PRACTITIONER))),
                new DemoOrganisation(org("Riverside Primary School", Sector.EDUCATION, true, false,
                        "ZA100005", "Schools DPO Service", "dpo@riverside.northshire.example", "01632 960005",
                        null, null), List.of(
                        user("iglead@riverside.northshire.example", "Claire Dunn", "School business manager", Role.IG_LEAD),
                        user("head@riverside.northshire.example", "Mr Peter Shaw", "Headteacher", Role.SIGNATORY),
                        user("dpo@riverside.northshire.example", "Kate Bell", "Schools DPO Service", Role.DPO),
                        user("dsl@riverside.northshire.example", "Emma Frost", "Designated safeguarding lead", Role.PRACTITIONER))),
                new DemoOrganisation(org("Northshire Academy", Sector.EDUCATION, true, false,
                        "ZA100006", "Trust DPO", "dpo@academy.northshire.example", "01632 960006",
                        "NAT-APD-2025 Appropriate policy document", apd.minusMonths(8)), List.of(
                        user("iglead@academy.northshire.example", "Ben Turner", "Trust data manager", Role.IG_LEAD),
                        user("principal@academy.northshire.example", "Mrs Anita Rao", "Principal", Role.SIGNATORY),
                        user("dpo@academy.northshire.example", "Chris Adams", "Trust Data Protection Officer", Role.DPO),
                        user("dsl@academy.northshire.example", "Liam Hart", "Designated safeguarding lead", Role.PRACTITIONER))),
                new DemoOrganisation(org("Northshire Youth Justice Service", Sector.YOUTH_JUSTICE, true, true,
                        "ZA100007", "Priya Shah", "dpo@council.northshire.example", "01632 960001",
                        "YJS-APD-2026 Sensitive processing policy", apd), List.of(
                        user("iglead@yjs.northshire.example", "Marcus Young", "Service manager", Role.IG_LEAD),
                        user("signatory@yjs.northshire.example", "Joanne Fisher", "Head of Youth Justice", Role.SIGNATORY),
                        user("caseworker@yjs.northshire.example", "Tariq Aziz", "Youth justice case worker", Role.PRACTITIONER))),
                new DemoOrganisation(org("Brightstart Children's Charity", Sector.VOLUNTARY, false, false,
                        "ZA100008", "Jo Palmer", "dpo@brightstart.example", "01632 960008",
                        null, null), List.of(
                        user("iglead@brightstart.example", "Jo Palmer", "Operations and data lead", Role.IG_LEAD, Role.DPO),
                        user("signatory@brightstart.example", "Ruth Evans", "Chief executive", Role.SIGNATORY),
                        user("family.worker@brightstart.example", "Sophie Clarke", "Family support worker", Role.PRACTITIONER))));
    }

    private static OrganisationDetails org(String name, Sector sector, boolean publicAuthority,
                                           boolean competentAuthority, String ico, String dpoName, String dpoEmail,
                                           String dpoPhone, String apdReference, LocalDate apdDate) {
        return new OrganisationDetails(name, sector, publicAuthority, competentAuthority, ico, dpoName, dpoEmail,
                dpoPhone, apdReference, apdDate);
    }

    private static DemoUser user(String email, String name, String jobTitle, Role first, Role... more) {
        return new DemoUser(email, name, jobTitle, EnumSet.of(first, more));
    }
}
