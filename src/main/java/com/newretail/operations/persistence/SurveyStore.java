package com.newretail.operations.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.operations.domain.survey.QuestionKind;
import com.newretail.operations.domain.survey.SurveyDefinition.Answer;
import com.newretail.operations.domain.survey.SurveyDefinition.Question;
import com.newretail.operations.domain.survey.SurveyDefinition.TagRule;
import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Writes of surveys, their links and responses, in the current transaction. */
@ApplicationScoped
public class SurveyStore {

    /** A survey as a change sees it, under its row lock. */
    public record Locked(long id, String status, int version, boolean onePerCustomer) {
    }

    /** A link as an answer sees it, under its row lock. */
    public record LockedLink(long id, long surveyId, long customerId, boolean used) {
    }

    private static final String INSERT = """
            INSERT INTO survey (title, intro, one_per_customer, created_by) VALUES (?1, ?2, ?3, ?4) RETURNING id""";

    private static final String INSERT_QUESTION = """
            INSERT INTO survey_question (survey_id, position, kind, prompt, options, required, rating_max)
            VALUES (?1, ?2, ?3, ?4, cast(?5 as varchar[]), ?6, ?7)""";

    private static final String INSERT_RULE = "INSERT INTO survey_tag_rule (survey_id, position, option, tag) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING";

    private static final String LOCK = "SELECT id, status, version, one_per_customer FROM survey WHERE id = ?1 FOR UPDATE";

    /** Answers share the survey's row: they run side by side, and a close waits for them (and they for it). */
    private static final String SHARE = "SELECT id, status, version, one_per_customer FROM survey WHERE id = ?1 FOR SHARE";

    private static final String STATUS = """
            UPDATE survey SET status = ?2, version = version + 1,
                   published_at = CASE WHEN ?2 = 'PUBLISHED' THEN now() ELSE published_at END,
                   closed_at = CASE WHEN ?2 = 'CLOSED' THEN now() ELSE closed_at END
            WHERE id = ?1""";

    private static final String QUESTIONS = """
            SELECT position, kind, prompt, array_to_string(options, chr(31)), required, coalesce(rating_max, 0)
            FROM survey_question WHERE survey_id = ?1 ORDER BY position""";

    private static final String RULES = "SELECT position, option, tag FROM survey_tag_rule WHERE survey_id = ?1 ORDER BY position, option, tag";

    private static final String LOCK_LINK = "SELECT id, survey_id, customer_id, used_at IS NOT NULL FROM survey_link WHERE id = ?1 FOR UPDATE";

    private static final String USE_LINK = "UPDATE survey_link SET used_at = now() WHERE id = ?1";

    private static final String INSERT_LINK = "INSERT INTO survey_link (survey_id, customer_id) VALUES (?1, ?2) RETURNING id";

    private static final String RESPOND = """
            INSERT INTO survey_response (survey_id, customer_id, one_per_customer, channel, link_id, entered_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            ON CONFLICT DO NOTHING RETURNING id""";

    private static final String ANSWER = """
            INSERT INTO survey_answer (response_id, position, choices, rating, text) VALUES (?1, ?2, cast(?3 as varchar[]), ?4, ?5)""";

    public Uni<Long> insert(String title, String intro, boolean onePerCustomer, List<Question> questions, List<TagRule> rules, String actor) {
        return NativeSql.longValue(INSERT, title, intro, onePerCustomer, actor)
                .call(id -> Multi.createFrom().iterable(questions).onItem().transformToUniAndConcatenate(q -> NativeSql.update(INSERT_QUESTION, id,
                        q.position(), q.kind().name(), q.prompt().trim(), q.options().toArray(String[]::new), q.required(), q.ratingMax()))
                        .collect().last())
                .call(id -> Multi.createFrom().iterable(rules).onItem().transformToUniAndConcatenate(r -> NativeSql.update(INSERT_RULE, id,
                        r.position(), r.option(), r.tag().trim())).collect().last());
    }

    public Uni<Optional<Locked>> lock(long id) {
        return NativeSql.rows(LOCK, id).map(rows -> rows.stream().findFirst().map(row -> new Locked(((Number) row[0]).longValue(), (String) row[1],
                ((Number) row[2]).intValue(), (Boolean) row[3])));
    }

    public Uni<Optional<Locked>> share(long id) {
        return NativeSql.rows(SHARE, id).map(rows -> rows.stream().findFirst().map(row -> new Locked(((Number) row[0]).longValue(), (String) row[1],
                ((Number) row[2]).intValue(), (Boolean) row[3])));
    }

    public Uni<Void> setStatus(long id, String status) {
        return NativeSql.update(STATUS, id, status).replaceWithVoid();
    }

    public Uni<List<Question>> questions(long surveyId) {
        return NativeSql.rows(QUESTIONS, surveyId).map(rows -> rows.stream().map(row -> {
            String options = (String) row[3];
            int max = ((Number) row[5]).intValue();
            return new Question(((Number) row[0]).intValue(), QuestionKind.valueOf((String) row[1]), (String) row[2],
                    options == null || options.isEmpty() ? List.of() : List.of(options.split("\u001f", -1)), (Boolean) row[4], max == 0 ? null : max);
        }).toList());
    }

    public Uni<List<TagRule>> tagRules(long surveyId) {
        return NativeSql.rows(RULES, surveyId).map(rows -> rows.stream()
                .map(row -> new TagRule(((Number) row[0]).intValue(), (String) row[1], (String) row[2])).toList());
    }

    public Uni<Optional<LockedLink>> lockLink(long linkId) {
        return NativeSql.rows(LOCK_LINK, linkId).map(rows -> rows.stream().findFirst().map(row -> new LockedLink(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), ((Number) row[2]).longValue(), (Boolean) row[3])));
    }

    public Uni<Void> useLink(long linkId) {
        return NativeSql.update(USE_LINK, linkId).replaceWithVoid();
    }

    public Uni<Long> insertLink(long surveyId, long customerId) {
        return NativeSql.longValue(INSERT_LINK, surveyId, customerId);
    }

    /** The new response's id; empty when the member already answered a one-per-member survey. */
    public Uni<Optional<Long>> respond(Locked survey, long customerId, String channel, Long linkId, String actor, List<Answer> answers) {
        return NativeSql.scalars(RESPOND, Long.class, survey.id(), customerId, survey.onePerCustomer(), channel, linkId, actor)
                .map(ids -> ids.stream().findFirst())
                .call(id -> id.isEmpty() ? Uni.createFrom().voidItem() : Multi.createFrom().iterable(answers).onItem()
                        .transformToUniAndConcatenate(a -> NativeSql.update(ANSWER, id.get(), a.position(), a.choices().toArray(String[]::new),
                                a.rating(), a.text())).collect().last().replaceWithVoid());
    }
}
