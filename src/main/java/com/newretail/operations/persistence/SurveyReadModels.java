package com.newretail.operations.persistence;

import java.util.List;

import com.newretail.platform.reads.Codec;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadRoot;

/** The read models of surveys, their questions and tag rules; surveys belong to the operations team as a whole. */
public final class SurveyReadModels {

    static final String RESPONSES = "(SELECT count(*) FROM survey_response r WHERE r.survey_id = sv.id)";

    public static final ReadModel SURVEY = ReadModel.of("Survey", "survey sv", "sv.id")
            .id("id")
            .scalar("title", "sv.title", Codec.STRING)
            .scalar("intro", "sv.intro", Codec.STRING)
            .scalar("status", "sv.status", Codec.ENUM)
            .scalar("onePerCustomer", "sv.one_per_customer", Codec.BOOLEAN)
            .scalar("responseCount", RESPONSES, Codec.INT)
            .scalar("version", "sv.version", Codec.INT)
            .scalar("createdBy", "sv.created_by", Codec.STRING)
            .scalar("createdAt", "sv.created_at", Codec.DATE_TIME)
            .scalar("publishedAt", "sv.published_at", Codec.DATE_TIME)
            .scalar("closedAt", "sv.closed_at", Codec.DATE_TIME)
            .many("questions", "SurveyQuestion", "sq.survey_id", "sq.position")
            .many("tagRules", "SurveyTagRule", "str.survey_id", "str.position, str.option, str.tag")
            .build();

    public static final ReadModel QUESTION = ReadModel.of("SurveyQuestion", "survey_question sq", "sq.survey_id")
            .scalar("position", "sq.position", Codec.INT)
            .scalar("kind", "sq.kind", Codec.ENUM)
            .scalar("prompt", "sq.prompt", Codec.STRING)
            .scalar("options", "sq.options", Codec.STRING_LIST)
            .scalar("required", "sq.required", Codec.BOOLEAN)
            .scalar("ratingMax", "sq.rating_max", Codec.INT)
            .build();

    public static final ReadModel TAG_RULE = ReadModel.of("SurveyTagRule", "survey_tag_rule str", "str.survey_id")
            .scalar("position", "str.position", Codec.INT)
            .scalar("option", "str.option", Codec.STRING)
            .scalar("tag", "str.tag", Codec.STRING)
            .build();

    private SurveyReadModels() {
    }

    public static ReadRoot.Selection byIds(List<Long> ids, com.newretail.platform.scope.SqlArgs args) {
        return new ReadRoot.Selection(SURVEY.from(), "sv.id = ANY(" + args.add(ids.toArray(Long[]::new)) + ")", null, List.of());
    }

    /** Surveys (optionally of one status), newest first, after the cursor's id. */
    public static ReadRoot.Selection surveys(String status, Long afterId, com.newretail.platform.scope.SqlArgs args) {
        StringBuilder where = new StringBuilder("true");
        if (status != null) {
            where.append(" AND sv.status = ").append(args.add(status));
        }
        if (afterId != null) {
            where.append(" AND sv.id < ").append(args.add(afterId));
        }
        return new ReadRoot.Selection(SURVEY.from(), where.toString(), "sv.id DESC", List.of("sv.id"));
    }
}
