package com.newretail.operations.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.newretail.operations.domain.survey.QuestionKind;
import com.newretail.operations.domain.survey.SurveyDefinition;
import com.newretail.operations.domain.survey.SurveyErrorCode;
import com.newretail.operations.domain.survey.SurveyLinks;
import com.newretail.operations.domain.survey.SurveyService;
import com.newretail.operations.persistence.SurveyReader;
import com.newretail.platform.mutation.Outcome;
import com.newretail.platform.web.HtmlTemplates;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.qute.Template;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The survey form a member opens from a link: {@code GET /s/<token>} shows it (plain HTML, works
 * without JavaScript), {@code POST} records the answers and uses the link up. A forged token, a used
 * link or a closed survey get a clear page (404, 410) and change nothing; answers the rules refuse
 * come back on the form with the reasons (400).
 */
@ApplicationScoped
public class SurveyPages {

    private static final Logger LOG = Logger.getLogger(SurveyPages.class);
    private static final int MAX_BODY = 32 * 1024;

    private final SurveyLinks links;
    private final SurveyReader reader;
    private final SurveyService service;
    private final Template formPage;
    private final Template messagePage;

    public SurveyPages(SurveyLinks links, SurveyReader reader, SurveyService service) {
        this.links = links;
        this.reader = reader;
        this.service = service;
        this.formPage = HtmlTemplates.load("templates/survey/form.html");
        this.messagePage = HtmlTemplates.load("templates/survey/message.html");
    }

    void route(@Observes Router router) {
        router.get(SurveyLinks.PATH + ":token").handler(this::show);
        router.post(SurveyLinks.PATH + ":token").handler(BodyHandler.create(false).setBodyLimit(MAX_BODY)).handler(this::answer);
    }

    /** A link's survey when the link is signed, unused and the survey open; else empty, the page that says why already sent. */
    private Uni<Optional<Form>> open(RoutingContext context) {
        Optional<Long> linkId = links.verify(context.pathParam("token"));
        Uni<Optional<SurveyReader.LinkView>> found = linkId.isEmpty() ? Uni.createFrom().item(Optional.empty()) : reader.link(linkId.get());
        return found.chain(link -> {
            if (link.isEmpty()) {
                message(context, 404, "Link not valid", "This survey link is not valid. Please check the message you received.");
                return Uni.createFrom().item(Optional.<Form>empty());
            }
            if (link.get().used()) {
                message(context, 410, "Already answered", "This link was already used. Thank you for your answers!");
                return Uni.createFrom().item(Optional.<Form>empty());
            }
            if (!"PUBLISHED".equals(link.get().status())) {
                message(context, 410, "Survey closed", "This survey is not open for answers.");
                return Uni.createFrom().item(Optional.<Form>empty());
            }
            long survey = link.get().surveyId();
            return reader.questionsOf(List.of(survey)).map(questions -> Optional.of(new Form(link.get(), questions.getOrDefault(survey, List.of()))));
        });
    }

    private record Form(SurveyReader.LinkView link, List<SurveyDefinition.Question> questions) {
    }

    private void show(RoutingContext context) {
        open(context).subscribe().with(form -> form.ifPresent(f -> render(context, 200, f, List.of())), failure -> fault(context, failure));
    }

    private void answer(RoutingContext context) {
        open(context).subscribe().with(form -> {
            if (form.isEmpty()) {
                return;
            }
            List<SurveyDefinition.Answer> answers = answers(context, form.get().questions());
            // The response is written through Hibernate Reactive, which needs a safe duplicated context of its own.
            io.vertx.core.Context duplicated = VertxContext.createNewDuplicatedContext(context.vertx().getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(duplicated, true);
            duplicated.runOnContext(ignored -> Panache.withTransaction(() -> service.answerByLink(form.get().link().linkId(), answers))
                    .subscribe().with(done -> respond(context, form.get(), done), failure -> fault(context, failure)));
        }, failure -> fault(context, failure));
    }

    private void respond(RoutingContext context, Form form, Outcome<Long> outcome) {
        if (outcome.succeeded()) {
            message(context, 200, "Thank you", "Your answers were recorded. Thank you!");
            return;
        }
        SurveyErrorCode code = (SurveyErrorCode) outcome.problems().get(0).code();
        if (code == SurveyErrorCode.INVALID_VALUE) {
            render(context, 400, form, outcome.problems().stream().map(p -> p.message()).toList());
        } else if (code == SurveyErrorCode.ALREADY_ANSWERED) {
            message(context, 410, "Already answered", "You already answered this survey. Thank you!");
        } else {
            message(context, 410, "Survey closed", outcome.problems().get(0).message());
        }
    }

    /** The form's fields {@code q<position>} as answers; unanswered questions are left out (required ones are then refused). */
    static List<SurveyDefinition.Answer> answers(RoutingContext context, List<SurveyDefinition.Question> questions) {
        List<SurveyDefinition.Answer> answers = new ArrayList<>();
        for (SurveyDefinition.Question q : questions) {
            List<String> values = context.request().formAttributes().getAll("q" + q.position()).stream().filter(v -> v != null && !v.isBlank())
                    .toList();
            if (values.isEmpty()) {
                continue;
            }
            answers.add(switch (q.kind()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> new SurveyDefinition.Answer(q.position(), values, null, null);
                case RATING -> new SurveyDefinition.Answer(q.position(), List.of(), parse(values.get(0)), null);
                case TEXT -> new SurveyDefinition.Answer(q.position(), List.of(), null, values.get(0).trim());
            });
        }
        return answers;
    }

    private static Integer parse(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void render(RoutingContext context, int status, Form form, List<String> errors) {
        List<Map<String, Object>> questions = form.questions().stream().map(q -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("position", q.position());
            view.put("kind", q.kind().name());
            view.put("prompt", q.prompt());
            view.put("options", q.options());
            view.put("required", q.required());
            view.put("ratings", q.kind() == QuestionKind.RATING ? IntStream.rangeClosed(1, q.ratingMax()).boxed().toList() : List.of());
            return view;
        }).toList();
        String html = formPage.data("title", form.link().title()).data("intro", form.link().intro())
                .data("errors", errors).data("questions", questions).data("action", SurveyLinks.PATH + context.pathParam("token")).render();
        send(context, status, html);
    }

    private void message(RoutingContext context, int status, String heading, String message) {
        send(context, status, messagePage.data("heading", heading).data("message", message).render());
    }

    private static void send(RoutingContext context, int status, String html) {
        context.response().setStatusCode(status).putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-store").putHeader("X-Frame-Options", "DENY")
                .putHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'").end(html);
    }

    private void fault(RoutingContext context, Throwable e) {
        LOG.error("Survey page failed", e);
        if (!context.response().ended()) {
            message(context, 500, "Something went wrong", "Please try again later.");
        }
    }
}
