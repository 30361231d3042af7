package com.newretail.operations.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.operations.domain.survey.QuestionKind;
import com.newretail.operations.domain.survey.SurveyDefinition.Question;
import com.newretail.operations.domain.survey.SurveyDefinition.TagRule;
import com.newretail.platform.persistence.PoolQueries;
import com.newretail.platform.persistence.SqlNumbers;
import com.newretail.platform.scope.SqlArgs;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Read paths of surveys: the statements of {@link SurveyReadModels}, a link's form, and results by aggregation. */
@ApplicationScoped
public class SurveyReader {

    public record SurveyRow(long id, String title, String intro, String status, boolean onePerCustomer, int responseCount, int version,
            String createdBy, OffsetDateTime createdAt, OffsetDateTime publishedAt, OffsetDateTime closedAt) {
    }

    /** What a link's page shows: the survey, whether it is answerable, and whether the link was used. */
    public record LinkView(long linkId, long surveyId, String title, String intro, String status, boolean used) {
    }

    /** How often an option was chosen, or a rating given. */
    public record Count(String value, int count) {
    }

    /** One question's results. */
    public record QuestionResult(Question question, int answered, List<Count> counts, BigDecimal average, List<String> latestTexts) {
    }

    private static final String COLUMNS = SurveyReadModels.SURVEY.plainColumns() + ", " + SurveyReadModels.RESPONSES + " AS response_count";

    private static final String QUESTIONS = """
            SELECT survey_id, position, kind, prompt, options, required, rating_max FROM survey_question
            WHERE survey_id = ANY($1) ORDER BY survey_id, position""";

    private static final String RULES = "SELECT survey_id, position, option, tag FROM survey_tag_rule WHERE survey_id = ANY($1) "
            + "ORDER BY survey_id, position, option, tag";

    private static final String LINK = """
            SELECT l.id, s.id AS survey_id, s.title, s.intro, s.status, l.used_at IS NOT NULL AS used
            FROM survey_link l JOIN survey s ON s.id = l.survey_id WHERE l.id = $1""";

    private static final String ANSWERED = """
            SELECT a.position, count(*) AS answered, avg(a.rating) AS average FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
            WHERE r.survey_id = $1 GROUP BY a.position""";

    private static final String CHOICES = """
            SELECT a.position, c.choice, count(*) AS n FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
            CROSS JOIN LATERAL unnest(a.choices) AS c(choice) WHERE r.survey_id = $1 GROUP BY a.position, c.choice""";

    private static final String RATINGS = """
            SELECT a.position, a.rating, count(*) AS n FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
            WHERE r.survey_id = $1 AND a.rating IS NOT NULL GROUP BY a.position, a.rating ORDER BY a.position, a.rating""";

    private static final String TEXTS = """
            SELECT position, text FROM (SELECT a.position, a.text, row_number() OVER (PARTITION BY a.position ORDER BY r.id DESC) AS k
                                        FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
                                        WHERE r.survey_id = $1 AND a.text IS NOT NULL) x
            WHERE k <= $2 ORDER BY position, k""";

    private final Pool pool;

    public SurveyReader(@ReactiveDataSource("reads") Pool pool) {
        this.pool = pool;
    }

    public Uni<List<SurveyRow>> byIds(List<Long> ids) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, SurveyReadModels.byIds(ids, args).statement(COLUMNS, null), args, SurveyReader::survey);
    }

    public Uni<List<SurveyRow>> surveys(String status, Long afterId, int limit) {
        SqlArgs args = new SqlArgs();
        return PoolQueries.list(pool, SurveyReadModels.surveys(status, afterId, args).statement(COLUMNS, Integer.toString(limit)), args,
                SurveyReader::survey);
    }

    /** The questions of these surveys, each survey's in order, keyed by survey. */
    public Uni<java.util.Map<Long, List<Question>>> questionsOf(List<Long> surveyIds) {
        return PoolQueries.list(pool, QUESTIONS, Tuple.of(surveyIds.toArray(Long[]::new)), row -> java.util.Map.entry(row.getLong("survey_id"),
                new Question(row.getInteger("position"), QuestionKind.valueOf(row.getString("kind")), row.getString("prompt"),
                        List.of(row.getArrayOfStrings("options")), row.getBoolean("required"), row.getInteger("rating_max"))))
                .map(entries -> entries.stream().collect(java.util.stream.Collectors.groupingBy(java.util.Map.Entry::getKey,
                        java.util.stream.Collectors.mapping(java.util.Map.Entry::getValue, java.util.stream.Collectors.toList()))));
    }

    public Uni<java.util.Map<Long, List<TagRule>>> tagRulesOf(List<Long> surveyIds) {
        return PoolQueries.list(pool, RULES, Tuple.of(surveyIds.toArray(Long[]::new)), row -> java.util.Map.entry(row.getLong("survey_id"),
                new TagRule(row.getInteger("position"), row.getString("option"), row.getString("tag"))))
                .map(entries -> entries.stream().collect(java.util.stream.Collectors.groupingBy(java.util.Map.Entry::getKey,
                        java.util.stream.Collectors.mapping(java.util.Map.Entry::getValue, java.util.stream.Collectors.toList()))));
    }

    public Uni<Optional<LinkView>> link(long linkId) {
        return PoolQueries.list(pool, LINK, Tuple.of(linkId), row -> new LinkView(row.getLong("id"), row.getLong("survey_id"), row.getString("title"),
                row.getString("intro"), row.getString("status"), row.getBoolean("used"))).map(rows -> rows.stream().findFirst());
    }

    /** Each question's results: how many answered, counts per option or rating, the average rating, the latest texts. */
    public Uni<List<QuestionResult>> results(long surveyId, List<Question> questions, int texts) {
        Tuple survey = Tuple.of(surveyId);
        return PoolQueries.list(pool, ANSWERED, survey, row -> row).chain(answered -> PoolQueries.list(pool, CHOICES, survey, row -> row)
                .chain(choices -> PoolQueries.list(pool, RATINGS, survey, row -> row)
                        .chain(ratings -> PoolQueries.list(pool, TEXTS, Tuple.of(surveyId, texts), row -> row).map(latest -> questions.stream()
                                .map(q -> result(q, answered, choices, ratings, latest)).toList()))));
    }

    private static QuestionResult result(Question q, List<Row> answered, List<Row> choices, List<Row> ratings, List<Row> texts) {
        Row mine = answered.stream().filter(row -> row.getInteger("position") == q.position()).findFirst().orElse(null);
        List<Count> counts = switch (q.kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> q.options().stream().map(option -> new Count(option, choices.stream()
                    .filter(row -> row.getInteger("position") == q.position() && option.equals(row.getString("choice")))
                    .mapToInt(row -> row.getLong("n").intValue()).sum())).toList();
            case RATING -> java.util.stream.IntStream.rangeClosed(1, q.ratingMax()).mapToObj(rating -> new Count(String.valueOf(rating), ratings.stream()
                    .filter(row -> row.getInteger("position") == q.position() && row.getInteger("rating") == rating)
                    .mapToInt(row -> row.getLong("n").intValue()).sum())).toList();
            case TEXT -> List.of();
        };
        BigDecimal average = q.kind() == QuestionKind.RATING && mine != null && mine.getValue("average") != null
                ? SqlNumbers.decimal(mine, "average").setScale(2, java.math.RoundingMode.HALF_UP) : null;
        return new QuestionResult(q, mine == null ? 0 : mine.getLong("answered").intValue(), counts, average,
                texts.stream().filter(row -> row.getInteger("position") == q.position()).map(row -> row.getString("text")).toList());
    }

    private static SurveyRow survey(Row row) {
        return new SurveyRow(row.getLong("id"), row.getString("title"), row.getString("intro"), row.getString("status"),
                row.getBoolean("one_per_customer"), row.getLong("response_count").intValue(), row.getInteger("version"), row.getString("created_by"),
                row.getOffsetDateTime("created_at"), row.getOffsetDateTime("published_at"), row.getOffsetDateTime("closed_at"));
    }
}
