package com.newretail.operations;

import static com.newretail.support.GraphQLClient.vars;
import static com.newretail.support.InventoryCalls.ok;
import static com.newretail.support.RetailCalls.fields;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.newretail.operations.domain.sms.SmsDispatcher;
import com.newretail.operations.domain.sms.SmsGateway;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.support.GraphQLClient;
import com.newretail.support.OrgFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Core flow 7: a survey sent by SMS as signed single-use links, answered on the service's HTML form
 * (no JavaScript), answers turned into member tags, and a new segment of those who answered so; a
 * clerk enters answers at the till; results by question; closed surveys, reused and forged links and
 * bad answers change nothing.
 */
@QuarkusTest
class SurveysTests {

    private static final String OPERATOR = "survey-hq";
    private static final Instant NOON = Instant.parse("2026-12-02T04:00:00Z");

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Inject
    OrgFixtures orgs;

    @Inject
    Pool pool;

    @Inject
    SmsDispatcher dispatcher;

    private long member(long store, String name) {
        String mobile = "135" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
        return pool.preparedQuery("INSERT INTO customer (company_id, mobile, name, home_store_id, created_by, sms_consent, sms_consent_at) "
                + "SELECT a.id, $1, $2, $3, 'seed', true, now() FROM org_unit a, org_unit s WHERE s.id = $3 AND s.path LIKE a.path || '%' "
                + "AND a.type = 'SALES_COMPANY' RETURNING id").execute(Tuple.of(mobile, name, store)).await().indefinitely().iterator().next()
                .getLong(0);
    }

    private static String customer(long id) {
        return GlobalId.encode("Customer", id);
    }

    private static Map<String, Object> survey() {
        return fields("title", "Tea habits", "intro", "Two minutes <b>only</b>", "questions", List.of(
                fields("kind", "SINGLE_CHOICE", "prompt", "Which tea do you drink most?", "options", List.of("Green", "Black", "Oolong")),
                fields("kind", "MULTIPLE_CHOICE", "prompt", "When?", "options", List.of("Morning", "Afternoon", "Evening"), "required", false),
                fields("kind", "RATING", "prompt", "How do you like our store?", "ratingMax", 5),
                fields("kind", "TEXT", "prompt", "Anything else?", "required", false)),
                "tagRules", List.of(fields("question", 1, "option", "Green", "tag", "Green tea lover")));
    }

    private static Map<String, Object> answer(int question, Object... more) {
        Map<String, Object> answer = new java.util.HashMap<>(fields(more));
        answer.put("question", question);
        return answer;
    }

    private List<String> tagsOf(long customer) {
        List<String> tags = new ArrayList<>();
        pool.preparedQuery("SELECT name FROM customer_tag WHERE customer_id = $1 ORDER BY name").execute(Tuple.of(customer)).await().indefinitely()
                .forEach(row -> tags.add(row.getString(0)));
        return tags;
    }

    /** The texts the dispatcher sends, by mobile (a gateway that takes everything). */
    private Map<String, String> sendTexts() {
        Map<String, String> sent = new java.util.concurrent.ConcurrentHashMap<>();
        SmsGateway capture = message -> {
            sent.put(message.mobile(), message.text());
            return Uni.createFrom().item(new SmsGateway.Accepted("capture-" + message.messageId()));
        };
        dispatcher.dispatch(capture, NOON).await().indefinitely();
        return sent;
    }

    private String mobileOf(long customer) {
        return pool.preparedQuery("SELECT mobile FROM customer WHERE id = $1").execute(Tuple.of(customer)).await().indefinitely().iterator().next()
                .getString(0);
    }

    private static String path(String text) {
        int at = text.indexOf("/s/");
        return text.substring(at).split("\\s")[0];
    }

    private static Response post(String path, Map<String, ?> form) {
        return RestAssured.given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=utf-8").formParams(form)
                .post(path);
    }

    @Test
    @TestSecurity(user = OPERATOR, roles = { "marketing-operator", "sales-clerk" })
    void aSurveySentBySmsIsAnsweredOnTheFormTagsTheMemberAndMakesANewSegment() {
        orgs.bind(OPERATOR, orgs.headquarters(), "HQ_MARKETING");
        long store = orgs.store(orgs.company("Survey Co"), "Survey Store");
        long ann = member(store, "Ann");
        long bob = member(store, "Bob");
        long cai = member(store, "Cai");

        // Bad definitions name the part at fault and create nothing.
        Map<String, Object> noOptions = survey();
        noOptions.put("questions", List.of(fields("kind", "SINGLE_CHOICE", "prompt", "Which?", "options", List.of("Only one"))));
        assertThat(client.run("operations/surveyCreate", vars("input", noOptions)).getList("data.surveyCreate.userErrors.field"),
                hasItem(List.of("input", "questions", "0", "options")));
        Map<String, Object> badRule = survey();
        badRule.put("tagRules", List.of(fields("question", 1, "option", "Coffee", "tag", "x")));
        assertThat(client.run("operations/surveyCreate", vars("input", badRule)).getList("data.surveyCreate.userErrors.field"),
                hasItem(List.of("input", "tagRules", "0")));

        JsonPath created = ok(client.run("operations/surveyCreate", vars("input", survey())), "surveyCreate");
        String survey = created.getString("data.surveyCreate.survey.id");
        assertEquals("DRAFT", created.getString("data.surveyCreate.survey.status"));
        assertThat(created.getList("data.surveyCreate.survey.questions.kind"), contains("SINGLE_CHOICE", "MULTIPLE_CHOICE", "RATING", "TEXT"));
        // A draft takes no answers.
        assertThat(client.run("operations/surveyResponseSubmit", vars("surveyId", survey, "customerId", customer(cai), "answers",
                List.of(answer(1, "choices", List.of("Black")), answer(3, "rating", 4)))).getList("data.surveyResponseSubmit.userErrors.code"),
                contains("INVALID_STATUS"));
        ok(client.run("operations/surveyPublish", vars("id", survey, "version", 0)), "surveyPublish");

        // Sent by SMS: each member's text carries their own signed link.
        String template = ok(client.run("operations/smsTemplateCreate", vars("input", fields("name", "Survey", "signature", "New Retail",
                "body", "Hi {name}, tell us about your tea: {link}"))), "smsTemplateCreate").getString("data.smsTemplateCreate.template.id");
        assertThat(client.run("operations/smsSend", vars("input", fields("templateId", template, "customerIds", List.of(customer(ann)))))
                .getList("data.smsSend.userErrors.field"), contains(List.of("input", "surveyId")));
        ok(client.run("operations/smsSend", vars("input", fields("templateId", template, "customerIds", List.of(customer(ann), customer(bob)),
                "surveyId", survey))), "smsSend");
        pool.query("UPDATE sms_message SET next_attempt_at = now() - interval '1 second' WHERE status = 'QUEUED'").execute().await().indefinitely();
        Map<String, String> texts = sendTexts();
        String annLink = path(texts.get(mobileOf(ann)));
        String bobLink = path(texts.get(mobileOf(bob)));
        assertTrue(texts.get(mobileOf(ann)).startsWith("【New Retail】Hi Ann, tell us about your tea: http://localhost:8080/s/"));
        assertTrue(!annLink.equals(bobLink));

        // The form: plain HTML, escaped.
        String form = RestAssured.get(annLink).then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertThat(form, containsString("Which tea do you drink most?"));
        assertThat(form, containsString("name=\"q1\" value=\"Green\""));
        assertThat(form, containsString("Two minutes &lt;b&gt;only&lt;/b&gt;"));
        // A forged token gets a clear page.
        String forged = annLink.substring(0, annLink.indexOf('.') + 1) + "x" + annLink.substring(annLink.indexOf('.') + 2);
        RestAssured.get(forged).then().statusCode(404);
        RestAssured.get("/s/" + (Long.parseLong(annLink.substring(3, annLink.indexOf('.'))) + 1) + annLink.substring(annLink.indexOf('.')))
                .then().statusCode(404);

        // Missing a required answer: the form again with the reason; nothing recorded, the link still good.
        Response incomplete = post(annLink, Map.of("q1", "Green"));
        assertEquals(400, incomplete.statusCode());
        assertThat(incomplete.asString(), containsString("Question 3 needs an answer"));
        Response answered = post(annLink, Map.of("q1", "Green", "q2", List.of("Morning", "Evening"), "q3", "5", "q4", "More <script>oolong</script>"));
        assertEquals(200, answered.statusCode(), answered.asString());
        assertThat(answered.asString(), containsString("Thank you"));
        assertThat(tagsOf(ann), hasItem("Green tea lover"));
        // The link is single-use.
        assertEquals(410, post(annLink, Map.of("q1", "Black", "q3", "1")).statusCode());
        RestAssured.get(annLink).then().statusCode(410);
        assertEquals(1L, pool.preparedQuery("SELECT count(*) FROM survey_response WHERE customer_id = $1").execute(Tuple.of(ann)).await()
                .indefinitely().iterator().next().getLong(0));

        // A clerk enters Cai's answers at the till; bad answers name the answer at fault; once per member.
        assertThat(client.run("operations/surveyResponseSubmit", vars("surveyId", survey, "customerId", customer(cai), "answers",
                List.of(answer(1, "choices", List.of("Coffee")), answer(3, "rating", 4)))).getList("data.surveyResponseSubmit.userErrors.field"),
                contains(List.of("answers", "0")));
        ok(client.run("operations/surveyResponseSubmit", vars("surveyId", survey, "customerId", customer(cai), "answers",
                List.of(answer(1, "choices", List.of("Black")), answer(3, "rating", 2)))), "surveyResponseSubmit");
        assertThat(client.run("operations/surveyResponseSubmit", vars("surveyId", survey, "customerId", customer(cai), "answers",
                List.of(answer(1, "choices", List.of("Green")), answer(3, "rating", 5)))).getList("data.surveyResponseSubmit.userErrors.code"),
                contains("ALREADY_ANSWERED"));
        assertEquals(List.of(), tagsOf(cai));

        // Results: counts per option and rating, the average, the latest texts.
        JsonPath results = client.run("operations/surveyResults", vars("surveyId", survey));
        assertEquals(2, results.getInt("data.surveyResults.responses"));
        assertThat(results.getList("data.surveyResults.questions[0].counts.count"), contains(1, 1, 0));
        assertEquals("3.50", results.getString("data.surveyResults.questions[2].average"));
        assertThat(results.getList("data.surveyResults.questions[2].counts.count"), contains(0, 1, 0, 0, 1));
        assertThat(results.getList("data.surveyResults.questions[3].latestTexts"), contains("More <script>oolong</script>"));

        // A new segment: who answered Green (Ann), the same as the tag the rule gave.
        JsonPath byAnswer = client.run("operations/segmentPreview", vars("rule", fields("all", List.of(fields("homeStoreUnderId",
                OrgFixtures.gid(store)), fields("answered", fields("surveyId", survey, "question", 1, "option", "Green")))), "size", 10));
        assertThat(byAnswer.getList("data.segmentPreview.sample.id"), contains(customer(ann)));
        JsonPath byTag = client.run("operations/segmentPreview", vars("rule", fields("all", List.of(fields("homeStoreUnderId",
                OrgFixtures.gid(store)), fields("tag", "Green tea lover"))), "size", 10));
        assertThat(byTag.getList("data.segmentPreview.sample.id"), contains(customer(ann)));
        ok(client.run("operations/segmentCreate", vars("input", fields("name", OrgFixtures.uniqueCode("Green answers"), "rule",
                fields("answered", fields("surveyId", survey, "question", 1, "option", "Green"))))), "segmentCreate");

        // Closed: Bob's link now says so, and nothing is recorded.
        ok(client.run("operations/surveyClose", vars("id", survey, "version", 1)), "surveyClose");
        RestAssured.get(bobLink).then().statusCode(410);
        assertEquals(410, post(bobLink, Map.of("q1", "Black", "q3", "3")).statusCode());
        assertEquals(List.of(), tagsOf(bob));
    }
}
