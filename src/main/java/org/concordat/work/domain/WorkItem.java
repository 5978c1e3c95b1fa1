package org.concordat.work.domain;

import java.time.LocalDate;

/**
 * One thing in a queue.
 *
 * @param id             the agreement version, DPIA version, decision or person it is about (0 for a coverage gap)
 * @param reference      the agreement's or DPIA's reference, a decision's case reference, a person's email address
 * @param title          the agreement's or DPIA's title, a decision's or a gap's purpose, a person's name
 * @param organisationId the other organisation: who asked for changes, a decision's recipient, a gap's destination
 * @param organisation   that organisation's name (or a recipient outside the partnership, as recorded)
 * @param date           the date the queue is ordered by: submitted, asked, review or end due, changed, decided
 * @param times          how often a gap's route was asked about (0 otherwise)
 * @param code           a code the page words: a decision's SHARED or NOT_SHARED, a gap's purpose code
 * @param href           where it is done, a path of the web application
 */
public record WorkItem(long id, String reference, String title, Long organisationId, String organisation,
                       LocalDate date, long times, String code, String href) {

    /** The same item with its names and link resolved. */
    public WorkItem named(String organisationName, String titleText, String link) {
        return new WorkItem(id, reference, titleText, organisationId, organisationName, date, times, code, link);
    }
}
