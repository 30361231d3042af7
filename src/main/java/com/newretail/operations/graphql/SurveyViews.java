package com.newretail.operations.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.operations.domain.survey.QuestionKind;
import com.newretail.platform.graphql.DecimalValue;

/** The value types of surveys: questions, tag rules and results. */
public final class SurveyViews {

    private SurveyViews() {
    }

    /** A question. */
    @Type("SurveyQuestion")
    @Description("A question of a survey.")
    public record Question(
            @NonNull @Description("1-based position; answers name it.") int position,
            @NonNull @Description("How it is answered.") QuestionKind kind,
            @NonNull @Description("The question.") String prompt,
            @NonNull @Description("The options of a choice question; empty otherwise.") List<@NonNull String> options,
            @NonNull @Description("Whether an answer is needed.") boolean required,
            @Description("The highest rating of a rating question; null otherwise.") Integer ratingMax) {
    }

    /** A tag rule. */
    @Type("SurveyTagRule")
    @Description("Who answers `option` to the question at `position` gets the member tag `tag`.")
    public record TagRule(
            @NonNull @Description("The question's position.") int position,
            @NonNull @Description("One of its options.") String option,
            @NonNull @Description("The tag given.") String tag) {
    }

    /** An option's or a rating's count. */
    @Type("SurveyAnswerCount")
    @Description("How many answers chose an option, or gave a rating.")
    public record AnswerCount(
            @NonNull @Description("The option, or the rating as text.") String value,
            @NonNull @Description("Answers.") int count) {
    }

    /** One question's results. */
    @Type("SurveyQuestionResult")
    @Description("One question's results: counts per option or rating, the average rating, the latest texts.")
    public record QuestionResult(
            @NonNull @Description("The question.") Question question,
            @NonNull @Description("Responses that answered it.") int answered,
            @NonNull @Description("Per option (choices) or per rating 1…ratingMax (ratings); empty for texts.") List<@NonNull AnswerCount> counts,
            @Description("The average rating (2 decimals); null for other kinds or without answers.") DecimalValue average,
            @NonNull @Description("The latest free-text answers (at most 20).") List<@NonNull String> latestTexts) {
    }

    /** A survey's results. */
    @Type("SurveyResults")
    @Description("A survey's results, computed now.")
    public record Results(
            @NonNull @Description("Responses.") int responses,
            @NonNull @Description("Per question, in order.") List<@NonNull QuestionResult> questions) {
    }
}
