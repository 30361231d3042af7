package com.newretail.operations.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import com.newretail.customer.api.CustomerLevel;
import com.newretail.platform.graphql.DecimalValue;

/** One node of a segment's rule: a group (all / any) or one condition. */
@Input("SegmentRuleInput")
@Description("A segment rule: exactly one field per node — a group (`all`: every part holds, `any`: at least one does) or one condition "
        + "on the member. Groups nest up to 5 levels; a rule has at most 50 conditions.")
public class SegmentRuleInput {

    @Description("Every part holds (AND).")
    public List<@NonNull SegmentRuleInput> all;

    @Description("At least one part holds (OR).")
    public List<@NonNull SegmentRuleInput> any;

    @Description("Carries this tag (manual or system, e.g. \"VIP\", \"Champion\").")
    public String tag;

    @Description("Is a member of one of these tiers.")
    public List<@NonNull CustomerLevel> levels;

    @Id
    @Description("Has a home store in this org unit's subtree.")
    public String homeStoreUnderId;

    @Description("Lifetime spend (net of refunds) at least.")
    public DecimalValue spendMin;

    @Description("Lifetime spend at most.")
    public DecimalValue spendMax;

    @Description("Paid orders at least.")
    public Integer orderCountMin;

    @Description("Paid orders at most.")
    public Integer orderCountMax;

    @Description("Bought within the last this many days (1-3650).")
    public Integer boughtWithinDays;

    @Description("Did not buy within the last this many days (1-3650), including members who never bought.")
    public Integer notBoughtWithinDays;

    @Id
    @Description("Bought in this product category.")
    public String boughtCategoryId;

    @Description("Gave (true) or did not give (false) SMS marketing consent.")
    public Boolean smsConsent;

    @Description("Answered a survey's choice question with this option.")
    public SurveyAnswerRuleInput answered;

    /** A survey answer condition. */
    @org.eclipse.microprofile.graphql.Input("SurveyAnswerRuleInput")
    @Description("Answered question `question` of survey `surveyId` with `option`.")
    public static class SurveyAnswerRuleInput {
        @NonNull
        @Id
        @Description("The survey.")
        public String surveyId;

        @NonNull
        @Description("The question's position (1-based).")
        public int question;

        @NonNull
        @Description("One of its options.")
        public String option;
    }
}
