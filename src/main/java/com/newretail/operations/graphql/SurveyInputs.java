package com.newretail.operations.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import com.newretail.operations.domain.survey.QuestionKind;

/** Inputs of the survey mutations. */
public final class SurveyInputs {

    private SurveyInputs() {
    }

    /** Fields of {@code surveyCreate}. */
    @Input("SurveyInput")
    @Description("A survey: title, intro, questions in order, and tag rules.")
    public static class SurveyInput {
        @NonNull
        @Description("1-120 characters.")
        public String title;

        @Description("At most 1000 characters.")
        public String intro;

        @NonNull
        @DefaultValue("true")
        @Description("Whether a member may answer only once.")
        public boolean onePerCustomer;

        @NonNull
        @Description("1-30 questions, numbered 1, 2, … in this order.")
        public List<@NonNull QuestionInput> questions;

        @Description("Answers that earn member tags.")
        public List<@NonNull TagRuleInput> tagRules;
    }

    /** A question. */
    @Input("SurveyQuestionInput")
    @Description("A question: its kind, prompt, options (choice questions: 2-20) or ratingMax (rating questions: 2-10).")
    public static class QuestionInput {
        @NonNull
        @Description("How it is answered.")
        public QuestionKind kind;

        @NonNull
        @Description("1-300 characters.")
        public String prompt;

        @Description("The options of a choice question.")
        public List<@NonNull String> options;

        @NonNull
        @DefaultValue("true")
        @Description("Whether an answer is needed.")
        public boolean required;

        @Description("The highest rating of a rating question.")
        public Integer ratingMax;
    }

    /** A tag rule. */
    @Input("SurveyTagRuleInput")
    @Description("Who answers `option` to question `question` gets the member tag `tag`.")
    public static class TagRuleInput {
        @NonNull
        @Description("The question's position (1-based).")
        public int question;

        @NonNull
        @Description("One of its options.")
        public String option;

        @NonNull
        @Description("1-40 characters.")
        public String tag;
    }

    /** An answer. */
    @Input("SurveyAnswerInput")
    @Description("An answer to question `question`: `choices` for choice questions, `rating` for ratings, `text` for free text.")
    public static class AnswerInput {
        @NonNull
        @Description("The question's position (1-based).")
        public int question;

        @Description("The options chosen (one for a single choice).")
        public List<@NonNull String> choices;

        @Description("1…ratingMax.")
        public Integer rating;

        @Description("1-1000 characters.")
        public String text;
    }
}
