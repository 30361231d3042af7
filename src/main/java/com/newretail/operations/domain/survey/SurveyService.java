package com.newretail.operations.domain.survey;

import static com.newretail.operations.domain.survey.SurveyErrorCode.ALREADY_ANSWERED;
import static com.newretail.operations.domain.survey.SurveyErrorCode.INVALID_STATUS;
import static com.newretail.operations.domain.survey.SurveyErrorCode.NOT_FOUND;
import static com.newretail.operations.domain.survey.SurveyErrorCode.STALE_VERSION;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.customer.api.CustomerSelections;
import com.newretail.customer.api.CustomerTagging;
import com.newretail.operations.domain.survey.SurveyDefinition.Answer;
import com.newretail.operations.domain.survey.SurveyDefinition.Question;
import com.newretail.operations.domain.survey.SurveyDefinition.TagRule;
import com.newretail.operations.persistence.SurveyStore;
import com.newretail.platform.mutation.Outcome;
import com.newretail.platform.scope.DataScope;

import io.smallrye.mutiny.Uni;

/**
 * Surveys: written as drafts, published (answerable), closed. A response comes through a single-use
 * link or from a clerk for a member in their scope; one per member unless the survey allows more;
 * its answers earn the tags the survey's rules name, in the same transaction.
 */
@ApplicationScoped
public class SurveyService {

    /** Where a response came from. */
    public enum Channel {
        LINK, CLERK
    }

    private final SurveyStore store;
    private final CustomerTagging tagging;
    private final CustomerSelections customers;

    public SurveyService(SurveyStore store, CustomerTagging tagging, CustomerSelections customers) {
        this.store = store;
        this.tagging = tagging;
        this.customers = customers;
    }

    public Uni<Outcome<Long>> create(String title, String intro, boolean onePerCustomer, List<Question> questions, List<TagRule> rules, String actor) {
        var problems = SurveyDefinition.check(title, intro, questions, rules);
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        return store.insert(title.trim(), intro == null || intro.isBlank() ? null : intro.trim(), onePerCustomer, questions, rules, actor)
                .map(Outcome::of);
    }

    /** DRAFT → PUBLISHED, PUBLISHED → CLOSED, at the version read. */
    public Uni<Outcome<Long>> move(long id, int expectedVersion, SurveyStatus to) {
        return store.lock(id).chain(found -> {
            if (found.isEmpty()) {
                return Outcome.refusedNow(NOT_FOUND, "No such survey", "id");
            }
            if (found.get().version() != expectedVersion) {
                return Outcome.refusedNow(STALE_VERSION, "The survey is at version " + found.get().version(), "expectedVersion");
            }
            SurveyStatus from = SurveyStatus.valueOf(found.get().status());
            boolean allowed = to == SurveyStatus.PUBLISHED ? from == SurveyStatus.DRAFT : to == SurveyStatus.CLOSED && from == SurveyStatus.PUBLISHED;
            if (!allowed) {
                return Outcome.refusedNow(INVALID_STATUS, "A " + from + " survey cannot become " + to, "id");
            }
            return store.setStatus(id, to.name()).map(ignored -> Outcome.of(id, Map.of("status", from.name())));
        });
    }

    /** A clerk enters a member's answers (the member in the clerk's scope). */
    public Uni<Outcome<Long>> answerForMember(long surveyId, long customerId, List<Answer> answers, DataScope scope, String actor) {
        return customers.visible(List.of(customerId), scope).chain(visible -> !visible.contains(customerId)
                ? Outcome.refusedNow(NOT_FOUND, "No such customer in your data scope", "customerId")
                : respond(surveyId, customerId, answers, Channel.CLERK, null, actor, "answers"));
    }

    /** A member answers through a link (already checked as signed): the link is used up with the response. */
    public Uni<Outcome<Long>> answerByLink(long linkId, List<Answer> answers) {
        return store.lockLink(linkId).chain(link -> {
            if (link.isEmpty()) {
                return Outcome.refusedNow(NOT_FOUND, "This link is not valid");
            }
            if (link.get().used()) {
                return Outcome.refusedNow(ALREADY_ANSWERED, "This link was already used");
            }
            return respond(link.get().surveyId(), link.get().customerId(), answers, Channel.LINK, linkId, "customer", "answers")
                    .call(outcome -> outcome.succeeded() ? store.useLink(linkId) : Uni.createFrom().voidItem());
        });
    }

    private Uni<Outcome<Long>> respond(long surveyId, long customerId, List<Answer> answers, Channel channel, Long linkId, String actor,
            String... root) {
        return store.share(surveyId).chain(found -> {
            if (found.isEmpty()) {
                return Outcome.refusedNow(NOT_FOUND, "No such survey", "surveyId");
            }
            if (!SurveyStatus.PUBLISHED.name().equals(found.get().status())) {
                return Outcome.refusedNow(INVALID_STATUS, found.get().status().equals("CLOSED") ? "This survey is closed"
                        : "This survey is not open yet", "surveyId");
            }
            return store.questions(surveyId).chain(questions -> {
                var problems = SurveyDefinition.checkAnswers(questions, answers, root);
                if (!problems.isEmpty()) {
                    return Uni.createFrom().item(Outcome.<Long>refused(problems));
                }
                return store.respond(found.get(), customerId, channel.name(), linkId, actor, answers).chain(id -> id.isEmpty()
                        ? Outcome.refusedNow(ALREADY_ANSWERED, "The member already answered this survey")
                        : store.tagRules(surveyId).chain(rules -> tagging.tag(customerId, SurveyDefinition.tags(rules, answers),
                                "survey:" + surveyId)).replaceWith(Outcome.of(id.get())));
            });
        });
    }
}
