package com.newretail.operations.domain.sms;

import static com.newretail.operations.domain.sms.SmsErrorCode.ARCHIVED;
import static com.newretail.operations.domain.sms.SmsErrorCode.INVALID_VALUE;
import static com.newretail.operations.domain.sms.SmsErrorCode.NOT_FOUND;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.operations.domain.ListedMembers;
import com.newretail.operations.persistence.CouponStore.Recipients;
import com.newretail.operations.persistence.SegmentStore;
import com.newretail.operations.persistence.SmsStore;
import com.newretail.operations.persistence.SurveyStore;
import com.newretail.platform.mutation.Outcome;
import com.newretail.platform.scope.DataScope;

import io.smallrye.mutiny.Uni;

/**
 * SMS templates (a signature and a body with {@code {name}} and {@code {store}}) and sends: a batch
 * to listed members or a snapshot's, written to the outbox in the batch's transaction for those who
 * gave SMS consent, spread at the batch's rate; the dispatcher sends them outside quiet hours.
 */
@ApplicationScoped
public class SmsSending {

    static final int MAX_NAME = 80;
    static final int MAX_BODY = 500;
    static final int MAX_RATE = 6000;
    static final List<String> VARIABLES = List.of("name", "store", "link");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern SIGNATURE = Pattern.compile("[\\p{L}\\p{N} ]{2,20}");

    private final SmsStore store;
    private final SegmentStore segments;
    private final SurveyStore surveys;
    private final ListedMembers listed;

    public SmsSending(SmsStore store, SegmentStore segments, SurveyStore surveys, ListedMembers listed) {
        this.store = store;
        this.segments = segments;
        this.surveys = surveys;
        this.listed = listed;
    }

    public Uni<Outcome<Long>> createTemplate(String name, String signature, String body, String actor) {
        if (name == null || name.isBlank() || name.trim().length() > MAX_NAME) {
            return Outcome.refusedNow(INVALID_VALUE, "A name has 1-" + MAX_NAME + " characters", "input", "name");
        }
        if (signature == null || !SIGNATURE.matcher(signature.trim()).matches()) {
            return Outcome.refusedNow(INVALID_VALUE, "A signature has 2-20 letters, digits or spaces (it is sent as 【signature】)", "input",
                    "signature");
        }
        if (body == null || body.isBlank() || body.length() > MAX_BODY) {
            return Outcome.refusedNow(INVALID_VALUE, "A body has 1-" + MAX_BODY + " characters", "input", "body");
        }
        Matcher variable = VARIABLE.matcher(body);
        while (variable.find()) {
            if (!VARIABLES.contains(variable.group(1))) {
                return Outcome.refusedNow(INVALID_VALUE, "Unknown variable {" + variable.group(1) + "}; use {name}, {store} or {link}", "input", "body");
            }
        }
        return store.insertTemplate(name.trim(), signature.trim(), body, actor).map(Outcome::of);
    }

    /** A batch to listed members in the caller's scope. */
    public Uni<Outcome<Long>> toMembers(long templateId, List<Long> customerIds, int ratePerMinute, Long surveyId, DataScope scope, String actor) {
        return listed.check(customerIds, scope, INVALID_VALUE, NOT_FOUND).chain(members -> members.refusal() != null
                ? Outcome.refusedNow(members.refusal())
                : send(templateId, members.recipients(), members.count(), ratePerMinute, surveyId, actor));
    }

    /** A batch to the members of a snapshot (who were in the snapshotting caller's scope). */
    public Uni<Outcome<Long>> toSnapshot(long templateId, long snapshotId, int ratePerMinute, Long surveyId, String actor) {
        return segments.snapshotMembers(snapshotId).chain(members -> members.isEmpty()
                ? Outcome.refusedNow(NOT_FOUND, "No such segment snapshot", "input", "snapshotId")
                : send(templateId, Recipients.snapshot(snapshotId), members.get().intValue(), ratePerMinute, surveyId, actor));
    }

    /** A batch to a task's targeted members (not its control group). */
    public Uni<Outcome<Long>> toTask(long templateId, long taskId, int recipients, int ratePerMinute, Long surveyId, String actor) {
        return send(templateId, Recipients.task(taskId), recipients, ratePerMinute, surveyId, actor);
    }

    private Uni<Outcome<Long>> send(long templateId, Recipients to, int recipients, int ratePerMinute, Long surveyId, String actor) {
        if (ratePerMinute < 1 || ratePerMinute > MAX_RATE) {
            return Outcome.refusedNow(INVALID_VALUE, "ratePerMinute is 1-" + MAX_RATE, "input", "ratePerMinute");
        }
        return store.template(templateId).chain(found -> {
            if (found.isEmpty()) {
                return Outcome.refusedNow(NOT_FOUND, "No such SMS template", "input", "templateId");
            }
            if (!"ACTIVE".equals(found.get().status())) {
                return Outcome.refusedNow(ARCHIVED, "The template is archived", "input", "templateId");
            }
            boolean linked = found.get().body().contains("{link}");
            if (linked != (surveyId != null)) {
                return Outcome.refusedNow(INVALID_VALUE, linked ? "The template has {link}: give the survey it links to"
                        : "The template has no {link} for the survey", "input", "surveyId");
            }
            Uni<Outcome<Long>> surveyOpen = surveyId == null ? Uni.createFrom().nullItem() : surveys.share(surveyId).map(survey -> survey.isEmpty()
                    ? Outcome.<Long, SmsErrorCode>refused(NOT_FOUND, "No such survey", "input", "surveyId")
                    : !"PUBLISHED".equals(survey.get().status())
                            ? Outcome.<Long, SmsErrorCode>refused(INVALID_VALUE, "Only a published survey can be sent", "input", "surveyId") : null);
            return surveyOpen.chain(refusal -> refusal != null ? Uni.createFrom().item(refusal) : queue(found.get(), to, recipients, ratePerMinute,
                    surveyId, actor));
        });
    }

    private Uni<Outcome<Long>> queue(SmsStore.TemplateText template, Recipients to, int recipients, int ratePerMinute, Long surveyId, String actor) {
        return store.queue(template, to, recipients, ratePerMinute, surveyId, OffsetDateTime.now(), actor).map(queued -> queued.texts() == 0
                ? Outcome.<Long, SmsErrorCode>refused(SmsErrorCode.NO_CONSENT, "None of the " + recipients
                        + " recipient(s) has given SMS consent; nothing was queued", "input")
                : Outcome.of(queued.batchId()));
    }
}
