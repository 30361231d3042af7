package com.newretail.operations.domain.task;

import static com.newretail.operations.domain.task.TaskErrorCode.INVALID_STATUS;
import static com.newretail.operations.domain.task.TaskErrorCode.INVALID_VALUE;
import static com.newretail.operations.domain.task.TaskErrorCode.NOT_FOUND;
import static com.newretail.operations.domain.task.TaskErrorCode.STALE_VERSION;

import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.operations.persistence.CouponStore;
import com.newretail.operations.persistence.SegmentStore;
import com.newretail.operations.persistence.SmsStore;
import com.newretail.operations.persistence.SurveyStore;
import com.newretail.operations.persistence.TaskStore;
import com.newretail.platform.mutation.Outcome;

import io.smallrye.mutiny.Uni;

/**
 * Operation tasks: a goal, a target segment, tools (a coupon template, an SMS template, optionally a
 * survey the texts link to), a budget, a start and an attribution window, an optional control group.
 * Planned as DRAFT, SCHEDULED to start (the runner starts it), cancelled before it starts.
 */
@ApplicationScoped
public class OperationTasks {

    private final TaskStore store;
    private final SegmentStore segments;
    private final CouponStore coupons;
    private final SmsStore sms;
    private final SurveyStore surveys;

    public OperationTasks(TaskStore store, SegmentStore segments, CouponStore coupons, SmsStore sms, SurveyStore surveys) {
        this.store = store;
        this.segments = segments;
        this.coupons = coupons;
        this.sms = sms;
        this.surveys = surveys;
    }

    public Uni<Outcome<Long>> create(TaskStore.NewTask t, OffsetDateTime now, String owner) {
        if (t.name() == null || t.name().isBlank() || t.name().trim().length() > 80) {
            return Outcome.refusedNow(INVALID_VALUE, "A name has 1-80 characters", "input", "name");
        }
        if (t.goal() == null || t.goal().isBlank() || t.goal().length() > 500) {
            return Outcome.refusedNow(INVALID_VALUE, "A goal has 1-500 characters", "input", "goal");
        }
        if (t.couponTemplateId() == null && t.smsTemplateId() == null) {
            return Outcome.refusedNow(INVALID_VALUE, "A task uses a coupon template, an SMS template or both", "input", "couponTemplateId");
        }
        if (t.surveyId() != null && t.smsTemplateId() == null) {
            return Outcome.refusedNow(INVALID_VALUE, "A survey goes out by SMS: give an SMS template with {link}", "input", "surveyId");
        }
        if (t.controlPercent() < 0 || t.controlPercent() > 50) {
            return Outcome.refusedNow(INVALID_VALUE, "A control group is 0-50 % of the segment", "input", "controlPercent");
        }
        if (t.attributionDays() < 1 || t.attributionDays() > 90) {
            return Outcome.refusedNow(INVALID_VALUE, "The attribution window is 1-90 days", "input", "attributionDays");
        }
        if (t.startAt() == null || t.startAt().isBefore(now.minusMinutes(5))) {
            return Outcome.refusedNow(INVALID_VALUE, "A task starts now or later", "input", "startAt");
        }
        if (t.smsRate() < 1 || t.smsRate() > 6000) {
            return Outcome.refusedNow(INVALID_VALUE, "smsRatePerMinute is 1-6000", "input", "smsRatePerMinute");
        }
        if (t.budget() != null && (t.budget().signum() <= 0 || t.budget().stripTrailingZeros().scale() > 2)) {
            return Outcome.refusedNow(INVALID_VALUE, "A budget is above 0 with at most 2 decimals", "input", "budget");
        }
        return references(t).chain(problem -> problem != null ? Uni.createFrom().item(problem)
                : store.insert(new TaskStore.NewTask(t.name().trim(), t.goal().trim(), t.segmentId(), t.couponTemplateId(), t.smsTemplateId(),
                        t.surveyId(), t.smsRate(), t.budget(), t.controlPercent(), t.startAt(), t.attributionDays()), owner).map(Outcome::of));
    }

    /** DRAFT → SCHEDULED, DRAFT/SCHEDULED → CANCELLED, at the version read. */
    public Uni<Outcome<Long>> move(long id, int expectedVersion, TaskStatus to) {
        return store.lock(id).chain(found -> {
            if (found.isEmpty()) {
                return Outcome.refusedNow(NOT_FOUND, "No such task", "id");
            }
            if (found.get().version() != expectedVersion) {
                return Outcome.refusedNow(STALE_VERSION, "The task is at version " + found.get().version(), "expectedVersion");
            }
            TaskStatus from = TaskStatus.valueOf(found.get().status());
            boolean allowed = to == TaskStatus.SCHEDULED ? from == TaskStatus.DRAFT
                    : to == TaskStatus.CANCELLED && (from == TaskStatus.DRAFT || from == TaskStatus.SCHEDULED);
            if (!allowed) {
                return Outcome.refusedNow(INVALID_STATUS, "A " + from + " task cannot become " + to, "id");
            }
            return store.status(id, to.name()).map(ignored -> Outcome.of(id, Map.of("status", from.name())));
        });
    }

    private Uni<Outcome<Long>> references(TaskStore.NewTask t) {
        return segments.lock(t.segmentId()).chain(segment -> {
            if (segment.isEmpty() || segment.get().archived()) {
                return Outcome.refusedNow(NOT_FOUND, "No such live segment", "input", "segmentId");
            }
            Uni<Outcome<Long>> coupon = t.couponTemplateId() == null ? Uni.createFrom().nullItem()
                    : coupons.lock(t.couponTemplateId()).map(found -> found.isEmpty() || !"ACTIVE".equals(found.get().status())
                            ? Outcome.<Long, TaskErrorCode>refused(NOT_FOUND, "No such active coupon template", "input", "couponTemplateId") : null);
            return coupon.chain(problem -> problem != null || t.smsTemplateId() == null ? Uni.createFrom().item(problem)
                    : sms.template(t.smsTemplateId()).chain(template -> {
                        if (template.isEmpty() || !"ACTIVE".equals(template.get().status())) {
                            return Outcome.refusedNow(NOT_FOUND, "No such active SMS template", "input", "smsTemplateId");
                        }
                        if (template.get().body().contains("{link}") != (t.surveyId() != null)) {
                            return Outcome.refusedNow(INVALID_VALUE, "An SMS template has {link} exactly when the task sends a survey", "input",
                                    "surveyId");
                        }
                        return t.surveyId() == null ? Uni.createFrom().nullItem() : surveys.share(t.surveyId()).map(survey -> survey.isEmpty()
                                || !"PUBLISHED".equals(survey.get().status())
                                        ? Outcome.<Long, TaskErrorCode>refused(NOT_FOUND, "No such published survey", "input", "surveyId") : null);
                    }));
        });
    }
}
