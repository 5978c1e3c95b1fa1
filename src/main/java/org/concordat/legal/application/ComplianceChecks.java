package org.concordat.legal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.concordat.legal.domain.compliance.AgreementFacts;
import org.concordat.legal.domain.compliance.ComplianceEngine;
import org.concordat.legal.domain.compliance.ComplianceReport;
import org.concordat.legal.domain.compliance.ConditionsRecord;
import org.concordat.legal.domain.compliance.LawfulBasisAdvisor;
import org.concordat.legal.domain.compliance.PartyFacts;
import org.concordat.legal.domain.compliance.Suggestion;
import org.concordat.shared.application.AccessGuard;

/**
 * The compliance checks as the agreement editor and the API use them: findings for a version against the
 * catalogue in force, and suggestions for a flow. Nothing is saved.
 */
@ApplicationScoped
public class ComplianceChecks {

    private final ComplianceEngine engine = ComplianceEngine.standard();

    @Inject
    LegalCatalogue catalogue;

    @Inject
    AccessGuard guard;

    @Inject
    java.time.Clock clock;

    public ComplianceReport evaluate(AgreementFacts agreement) {
        guard.signedIn();
        return engine.evaluate(agreement, catalogue.current());
    }

    /** Each controller's record of the Schedule 1 conditions it relies on (DPA 2018 Schedule 1 paragraph 41). */
    public List<ConditionsRecord.ControllerRecord> conditionsRecord(AgreementFacts agreement) {
        guard.signedIn();
        return ConditionsRecord.of(agreement, catalogue.current());
    }

    /** Suggestions for the law as it stands on the day (today, for a draft with no effective date yet). */
    public List<Suggestion> suggest(PartyFacts sender, String purpose, Set<String> categories, LocalDate on) {
        guard.signedIn();
        return new LawfulBasisAdvisor(catalogue.current()).suggest(sender, purpose, categories,
                on != null ? on : LocalDate.now(clock));
    }
}
