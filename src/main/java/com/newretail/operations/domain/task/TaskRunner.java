package com.newretail.operations.domain.task;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.newretail.operations.domain.CouponIssuer;
import com.newretail.operations.domain.SegmentCriteriaParser;
import com.newretail.operations.domain.SegmentService;
import com.newretail.operations.domain.sms.SmsErrorCode;
import com.newretail.operations.domain.sms.SmsSending;
import com.newretail.operations.persistence.TaskStore;
import com.newretail.platform.mutation.Outcome;
import com.newretail.platform.scope.DataScope;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Starts due tasks and finishes those whose attribution window has ended. A task starts in one
 * transaction, claimed with {@code SKIP LOCKED} (so across replicas one runner starts it, once):
 * its segment is snapshotted, the control group held back, coupons issued and texts queued for the
 * others. If a tool refuses (e.g. the coupon budget would be passed) nothing of the start stays and
 * the task is CANCELLED with the reason.
 */
@ApplicationScoped
public class TaskRunner {

    private static final Logger LOG = Logger.getLogger(TaskRunner.class);
    private static final int BATCH = 20;

    /** A tool refused: the start is rolled back. */
    static final class StartRefused extends RuntimeException {
        StartRefused(String message) {
            super(message, null, false, false);
        }
    }

    private final TaskStore store;
    private final SegmentService segments;
    private final SegmentCriteriaParser parser;
    private final CouponIssuer coupons;
    private final SmsSending sms;

    public TaskRunner(TaskStore store, SegmentService segments, SegmentCriteriaParser parser, CouponIssuer coupons, SmsSending sms) {
        this.store = store;
        this.segments = segments;
        this.parser = parser;
        this.coupons = coupons;
        this.sms = sms;
    }

    @Scheduled(every = "${newretail.operations.tasks.every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return runDue().onFailure().invoke(failure -> LOG.warn("Task runner pass failed; retried on the next pass", failure))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** One pass: finishes ended tasks, starts due ones; how many started. */
    public Uni<Integer> runDue() {
        return Panache.withTransaction(store::finishDue)
                .chain(() -> Panache.withSession(() -> store.due(BATCH)))
                .chain(ids -> Multi.createFrom().iterable(ids).onItem().transformToUniAndConcatenate(this::start).collect().asList())
                .map(started -> (int) started.stream().filter(Boolean::booleanValue).count());
    }

    private Uni<Boolean> start(long id) {
        return Panache.withTransaction(() -> store.claimDue(id).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(false);
            }
            TaskStore.Locked task = found.get();
            return segments.snapshot(task.segmentId(), parser::criteria, DataScope.all(), task.owner()).map(TaskRunner::required)
                    .call(snapshot -> store.members(id, snapshot, task.controlPercent()))
                    .chain(snapshot -> store.targeted(id).chain(targeted -> issue(task, targeted).chain(() -> text(task, targeted)))
                            .chain(() -> store.started(id, snapshot)))
                    .replaceWith(true);
        })).onFailure(StartRefused.class).recoverWithUni(failure -> Panache.withTransaction(() -> store.failed(id, failure.getMessage()))
                .invoke(() -> LOG.warnf("Task %d could not start: %s", id, failure.getMessage())).replaceWith(false));
    }

    private Uni<Void> issue(TaskStore.Locked task, int targeted) {
        return task.couponTemplateId() == null || targeted == 0 ? Uni.createFrom().voidItem()
                : coupons.toTask(task.couponTemplateId(), task.id(), targeted, task.owner()).map(outcome -> {
                    required(outcome);
                    return null;
                }).replaceWithVoid();
    }

    private Uni<Void> text(TaskStore.Locked task, int targeted) {
        return task.smsTemplateId() == null || targeted == 0 ? Uni.createFrom().voidItem()
                : sms.toTask(task.smsTemplateId(), task.id(), targeted, task.smsRate(), task.surveyId(), task.owner()).invoke(outcome -> {
                    // Nobody with SMS consent is no reason to stop the coupons.
                    if (!outcome.succeeded() && outcome.problems().get(0).code() != SmsErrorCode.NO_CONSENT) {
                        required(outcome);
                    }
                }).replaceWithVoid();
    }

    private static <V> V required(Outcome<V> outcome) {
        if (!outcome.succeeded()) {
            throw new StartRefused(outcome.problems().get(0).message());
        }
        return outcome.value();
    }
}
