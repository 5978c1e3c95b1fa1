package org.concordat.dpia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.concordat.template.domain.ScreeningQuestion;

/**
 * One screening question of the template, kept with the DPIA together with its answer (null until answered), so
 * that the outcome's reasons read the same whatever happens to templates later.
 */
@Embeddable
public class ScreeningAnswer {

    @Column(name = "question_key", nullable = false)
    private String questionKey;

    @Column(nullable = false)
    private String question;

    private String guidance;

    @Column(nullable = false)
    private String indicator;

    @Column(name = "high_risk", nullable = false)
    private boolean highRisk;

    private Boolean answer;

    protected ScreeningAnswer() {
    }

    ScreeningAnswer(String questionKey, String question, String guidance, String indicator, boolean highRisk, Boolean answer) {
        this.questionKey = questionKey;
        this.question = question;
        this.guidance = guidance;
        this.indicator = indicator;
        this.highRisk = highRisk;
        this.answer = answer;
    }

    static ScreeningAnswer unanswered(ScreeningQuestion q) {
        return new ScreeningAnswer(q.key(), q.question().trim(), q.guidance() == null ? null : q.guidance().trim(),
                q.indicator(), q.highRisk(), null);
    }

    ScreeningAnswer answered(Boolean yes) {
        return new ScreeningAnswer(questionKey, question, guidance, indicator, highRisk, yes);
    }

    public String getQuestionKey() { return questionKey; }
    public String getQuestion() { return question; }
    public String getGuidance() { return guidance; }
    public String getIndicator() { return indicator; }
    public boolean isHighRisk() { return highRisk; }
    public Boolean getAnswer() { return answer; }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScreeningAnswer a && a.questionKey.equals(questionKey) && a.question.equals(question)
                && Objects.equals(a.guidance, guidance) && a.indicator.equals(indicator) && a.highRisk == highRisk
                && Objects.equals(a.answer, answer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(questionKey, answer);
    }
}
