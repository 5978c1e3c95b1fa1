package org.concordat.agreement.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concordat.legal.domain.compliance.Finding;
import org.concordat.legal.domain.compliance.Severity;
import org.concordat.template.domain.FieldSpec;
import org.concordat.template.domain.SectionSpec;

/**
 * A draft agreement as a task list (issue 23 part 3; GOV.UK's "complete multiple tasks" pattern): its details, its
 * parties, each section of its template, its flows, the DPIA and the submission, each with where it stands. The state
 * comes from what is filled in and from the rules engine: an error against a part marks that part, so an author sees
 * at a glance what is done, what is wrong and what is left.
 */
public final class AgreementTaskList {

    /** Where a part stands. */
    public enum State {
        NOT_STARTED, IN_PROGRESS, COMPLETE, HAS_ERRORS,
        /** Nothing needs it (a DPIA no rule asks for). */
        OPTIONAL,
        /** The submission, while an error stands against another part. */
        CANNOT_START_YET
    }

    /** The parts of a draft, in the order an author works through them. */
    public enum Part { DETAILS, PARTIES, SECTION, FLOWS, DPIA, SUBMIT }

    /**
     * One task.
     *
     * @param key    the part's name in the page's address: {@code details}, {@code parties}, {@code section-<key>},
     *               {@code flows}, {@code dpia}, {@code submit}
     * @param title  a section's own title; null for the other parts, whose names are the page's
     * @param errors the rules engine's errors against the part
     */
    public record Task(Part part, String key, String title, State state, long errors) implements Serializable {

        public boolean done() {
            return state == State.COMPLETE || state == State.OPTIONAL;
        }
    }

    /** Findings' fields that belong to the details part (when not about a flow). */
    private static final Set<String> DETAIL_FIELDS = Set.of("title", "purpose", "benefits", "effectiveDate", "reviewDate", "endDate");

    private AgreementTaskList() {
    }

    /**
     * @param sections   the template's sections (those with no fields to answer are not tasks)
     * @param dpiaLinked whether a DPIA is linked to the agreement
     */
    public static List<Task> of(AgreementData data, List<SectionSpec> sections, boolean dpiaLinked) {
        List<Finding> errors = data.compliance() == null ? List.of()
                : data.compliance().findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        List<Task> tasks = new ArrayList<>();
        tasks.add(new Task(Part.DETAILS, "details", null, details(data, count(errors, Part.DETAILS)), count(errors, Part.DETAILS)));
        tasks.add(new Task(Part.PARTIES, "parties", null, parties(data, count(errors, Part.PARTIES)), count(errors, Part.PARTIES)));
        for (SectionSpec section : sections) {
            if (!section.fields().isEmpty()) {
                tasks.add(new Task(Part.SECTION, "section-" + section.key(), section.title(), section(section, data.answers()), 0));
            }
        }
        long flowErrors = count(errors, Part.FLOWS);
        tasks.add(new Task(Part.FLOWS, "flows", null, flowErrors > 0 ? State.HAS_ERRORS
                : data.flows().isEmpty() ? State.NOT_STARTED : State.COMPLETE, flowErrors));
        long dpiaErrors = count(errors, Part.DPIA);
        tasks.add(new Task(Part.DPIA, "dpia", null, dpiaErrors > 0 ? State.HAS_ERRORS
                : dpiaLinked ? State.COMPLETE : State.OPTIONAL, dpiaErrors));
        // The submission waits for the rules engine, as the submit button does: any error stops it; a part still in
        // progress does not (a section the template asks for may be answered after partners have commented).
        long otherErrors = count(errors, Part.SUBMIT);
        tasks.add(new Task(Part.SUBMIT, "submit", null, otherErrors > 0 ? State.HAS_ERRORS
                : errors.isEmpty() ? State.NOT_STARTED : State.CANNOT_START_YET, otherErrors));
        return List.copyOf(tasks);
    }

    /** How many of the tasks before the submission are done (complete, or optional). */
    public static long done(List<Task> tasks) {
        return tasks.stream().filter(t -> t.part() != Part.SUBMIT && t.done()).count();
    }

    /** The part a finding is about: a flow's, the dates', the parties', the DPIA's, or else the whole agreement's. */
    static Part partOf(Finding finding) {
        if (finding.flowId() != null || "flows".equals(finding.field())) {
            return Part.FLOWS;
        }
        if (finding.field() != null && DETAIL_FIELDS.contains(finding.field())) {
            return Part.DETAILS;
        }
        if ("parties".equals(finding.field())) {
            return Part.PARTIES;
        }
        if ("dpia".equals(finding.field())) {
            return Part.DPIA;
        }
        return Part.SUBMIT;
    }

    private static long count(List<Finding> errors, Part part) {
        return errors.stream().filter(f -> partOf(f) == part).count();
    }

    private static State details(AgreementData data, long errors) {
        if (errors > 0) {
            return State.HAS_ERRORS;
        }
        boolean purpose = filled(data.purpose());
        if (purpose && data.effectiveDate() != null && data.reviewDate() != null) {
            return State.COMPLETE;
        }
        return purpose || filled(data.benefits()) || data.effectiveDate() != null || data.reviewDate() != null
                || data.endDate() != null ? State.IN_PROGRESS : State.NOT_STARTED;
    }

    private static State parties(AgreementData data, long errors) {
        if (errors > 0) {
            return State.HAS_ERRORS;
        }
        if (data.parties().size() < 2) {
            return State.NOT_STARTED;
        }
        return data.parties().stream().allMatch(p -> filled(p.signatoryName())) ? State.COMPLETE : State.IN_PROGRESS;
    }

    private static State section(SectionSpec section, Map<String, String> answers) {
        boolean any = false;
        boolean everyRequired = true;
        for (FieldSpec field : section.fields()) {
            boolean answered = filled(answers.get(section.key() + "." + field.key()));
            any |= answered;
            everyRequired &= answered || !field.required();
        }
        if (!any) {
            return State.NOT_STARTED;
        }
        return everyRequired ? State.COMPLETE : State.IN_PROGRESS;
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }
}
