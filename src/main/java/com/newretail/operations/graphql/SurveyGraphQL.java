package com.newretail.operations.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.newretail.customer.graphql.Customer;
import com.newretail.operations.domain.survey.SurveyDefinition;
import com.newretail.operations.domain.survey.SurveyService;
import com.newretail.operations.domain.survey.SurveyStatus;
import com.newretail.operations.persistence.SurveyReader;
import com.newretail.platform.graphql.Connections;
import com.newretail.platform.graphql.Cursor;
import com.newretail.platform.graphql.DecimalValue;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.mutation.Call;
import com.newretail.platform.mutation.MutationFrame;
import com.newretail.platform.scope.CallerScope;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Questionnaires: kept by the operations team, answered through single-use links or at the till, results by aggregation. */
@GraphQLApi
public class SurveyGraphQL {

    private static final int LATEST_TEXTS = 20;

    private final SurveyReader reader;
    private final SurveyService service;
    private final CallerScope callerScope;
    private final MutationFrame frame;
    private final SecurityIdentity identity;

    public SurveyGraphQL(SurveyReader reader, SurveyService service, CallerScope callerScope, MutationFrame frame, SecurityIdentity identity) {
        this.reader = reader;
        this.service = service;
        this.callerScope = callerScope;
        this.frame = frame;
        this.identity = identity;
    }

    @Query("survey")
    @RolesAllowed("${newretail.rules.survey}")
    @Description("A survey; null when it does not exist.")
    public Uni<Survey> survey(@Name("id") @Id @NonNull @Description("The survey.") String id) {
        return byId(GlobalId.decode(id, Survey.TYPE));
    }

    @Query("surveys")
    @RolesAllowed("${newretail.rules.surveys}")
    @Description("Surveys, newest first.")
    public Uni<@NonNull SurveyConnection> surveys(
            @Name("status") @Description("Only surveys standing so.") SurveyStatus status,
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        return reader.surveys(status == null ? null : status.name(), page.afterId(), page.fetchSize())
                .map(rows -> Connections.of(rows, page, row -> Cursor.encode(row.id()),
                        (row, cursor) -> new SurveyConnection.Edge(new Survey(row), cursor), SurveyConnection::new));
    }

    @Query("surveyResults")
    @RolesAllowed("${newretail.rules.surveyResults}")
    @Description("A survey's results computed now: per question the answers, counts per option or rating, the average rating and the latest "
            + "texts. Null when the survey does not exist.")
    public Uni<SurveyViews.Results> surveyResults(@Name("surveyId") @Id @NonNull @Description("The survey.") String surveyId) {
        long id = GlobalId.decode(surveyId, Survey.TYPE);
        return reader.byIds(List.of(id)).chain(rows -> rows.isEmpty() ? Uni.createFrom().nullItem()
                : reader.questionsOf(List.of(id)).chain(questions -> reader.results(id, questions.getOrDefault(id, List.of()), LATEST_TEXTS))
                        .map(results -> new SurveyViews.Results(rows.get(0).responseCount(), results.stream()
                                .map(r -> new SurveyViews.QuestionResult(view(r.question()), r.answered(),
                                        r.counts().stream().map(c -> new SurveyViews.AnswerCount(c.value(), c.count())).toList(),
                                        r.average() == null ? null : new DecimalValue(r.average()), r.latestTexts())).toList())));
    }

    @Name("questions")
    @NonNull
    @Description("The questions, in order.")
    public Uni<List<@NonNull List<SurveyViews.@NonNull Question>>> questions(@Source List<Survey> surveys) {
        List<Long> ids = surveys.stream().map(s -> s.row().id()).toList();
        return reader.questionsOf(ids.stream().distinct().toList()).map(byId -> ids.stream()
                .map(id -> byId.getOrDefault(id, List.of()).stream().map(SurveyGraphQL::view).toList()).toList());
    }

    @Name("tagRules")
    @NonNull
    @Description("Answers that earn member tags.")
    public Uni<List<@NonNull List<SurveyViews.@NonNull TagRule>>> tagRules(@Source List<Survey> surveys) {
        List<Long> ids = surveys.stream().map(s -> s.row().id()).toList();
        return reader.tagRulesOf(ids.stream().distinct().toList()).map(byId -> ids.stream()
                .map(id -> byId.getOrDefault(id, List.of()).stream().map(r -> new SurveyViews.TagRule(r.position(), r.option(), r.tag())).toList())
                .toList());
    }

    @Name("survey")
    @Description("The survey as it is now; null when there are userErrors.")
    public Uni<Survey> payloadSurvey(@Source SurveyPayload payload) {
        return payload.surveyId() == null ? Uni.createFrom().nullItem() : byId(payload.surveyId());
    }

    @Mutation("surveyCreate")
    @RolesAllowed("${newretail.rules.surveyCreate}")
    @Description("Creates a survey as a DRAFT. INVALID_VALUE names the question, option or tag rule at fault.")
    public Uni<@NonNull SurveyPayload> surveyCreate(
            @Name("input") @NonNull @Description("The survey.") SurveyInputs.SurveyInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        List<SurveyDefinition.Question> questions = new ArrayList<>();
        for (int i = 0; i < input.questions.size(); i++) {
            SurveyInputs.QuestionInput q = input.questions.get(i);
            questions.add(new SurveyDefinition.Question(i + 1, q.kind, q.prompt, q.options == null ? List.of() : q.options.stream().map(String::trim)
                    .toList(), q.required, q.ratingMax));
        }
        List<SurveyDefinition.TagRule> rules = input.tagRules == null ? List.of() : input.tagRules.stream()
                .map(r -> new SurveyDefinition.TagRule(r.question, r.option.trim(), r.tag)).toList();
        return frame.guard(SurveyPayload.KIND, () -> frame.once(SurveyPayload.KIND, "surveyCreate", idempotencyKey,
                Call.<Long, SurveyPayload>of(List.of(input.title, String.valueOf(input.intro), input.onePerCustomer, questions, rules),
                        () -> service.create(input.title, input.intro, input.onePerCustomer, questions, rules, actor()),
                        id -> Call.Audit.of(null, Map.of("title", input.title, "questions", questions.size())))));
    }

    @Mutation("surveyPublish")
    @RolesAllowed("${newretail.rules.surveyPublish}")
    @Description("Opens a DRAFT survey for answers (INVALID_STATUS otherwise).")
    public Uni<@NonNull SurveyPayload> surveyPublish(
            @Name("id") @Id @NonNull @Description("The survey.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return move("surveyPublish", id, expectedVersion, SurveyStatus.PUBLISHED, idempotencyKey);
    }

    @Mutation("surveyClose")
    @RolesAllowed("${newretail.rules.surveyClose}")
    @Description("Closes a PUBLISHED survey: links and the till take no more answers.")
    public Uni<@NonNull SurveyPayload> surveyClose(
            @Name("id") @Id @NonNull @Description("The survey.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return move("surveyClose", id, expectedVersion, SurveyStatus.CLOSED, idempotencyKey);
    }

    @Mutation("surveyResponseSubmit")
    @RolesAllowed("${newretail.rules.surveyResponseSubmit}")
    @Description("Enters a member's answers at the till (the member in your data scope); the tag rules tag the member. INVALID_VALUE names "
            + "the answer at fault; INVALID_STATUS for a draft or closed survey; ALREADY_ANSWERED for a one-per-member survey.")
    public Uni<@NonNull SurveyResponsePayload> surveyResponseSubmit(
            @Name("surveyId") @Id @NonNull @Description("The survey.") String surveyId,
            @Name("customerId") @Id @NonNull @Description("The member.") String customerId,
            @Name("answers") @NonNull @Description("The answers.") List<SurveyInputs.@NonNull AnswerInput> answers,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(SurveyResponsePayload.KIND, () -> {
            long survey = GlobalId.decodeAt(surveyId, Survey.TYPE, "surveyId");
            long member = GlobalId.decodeAt(customerId, Customer.TYPE, "customerId");
            List<SurveyDefinition.Answer> given = answers.stream().map(SurveyGraphQL::answer).toList();
            return callerScope.current().chain(scope -> frame.once(SurveyResponsePayload.KIND, "surveyResponseSubmit", idempotencyKey,
                    Call.<Long, SurveyResponsePayload>of(List.of(survey, member, given), () -> service.answerForMember(survey, member, given, scope,
                            actor()), id -> new Call.Audit(surveyId, null, Map.of("customerId", customerId)))));
        });
    }

    static SurveyDefinition.Answer answer(SurveyInputs.AnswerInput a) {
        return new SurveyDefinition.Answer(a.question, a.choices == null ? List.of() : a.choices, a.rating, a.text);
    }

    private Uni<SurveyPayload> move(String operation, String id, int expectedVersion, SurveyStatus to, String idempotencyKey) {
        return frame.guard(SurveyPayload.KIND, () -> {
            long survey = GlobalId.decodeAt(id, Survey.TYPE, "id");
            return frame.once(SurveyPayload.KIND, operation, idempotencyKey, Call.<Long, SurveyPayload>of(List.of(survey, expectedVersion),
                    () -> service.move(survey, expectedVersion, to), ignored -> Call.Audit.of(null, Map.of("status", to.name()))));
        });
    }

    private static SurveyViews.Question view(SurveyDefinition.Question q) {
        return new SurveyViews.Question(q.position(), q.kind(), q.prompt(), q.options(), q.required(), q.ratingMax());
    }

    private Uni<Survey> byId(long id) {
        return reader.byIds(List.of(id)).map(rows -> rows.isEmpty() ? null : new Survey(rows.get(0)));
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
