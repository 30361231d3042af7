package com.newretail.operations.graphql;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Comparator;
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

import com.newretail.operations.domain.task.OperationTasks;
import com.newretail.operations.domain.task.TaskReports;
import com.newretail.operations.domain.task.TaskStatus;
import com.newretail.operations.persistence.SegmentReader;
import com.newretail.operations.persistence.TaskReader;
import com.newretail.operations.persistence.TaskStore;
import com.newretail.organization.api.OrgUnitViews;
import com.newretail.organization.graphql.OrgUnit;
import com.newretail.platform.graphql.Connections;
import com.newretail.platform.graphql.Cursor;
import com.newretail.platform.graphql.DecimalValue;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Money;
import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.mutation.Call;
import com.newretail.platform.mutation.MutationFrame;
import com.newretail.platform.scope.DataScope;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Operation tasks: planned, scheduled (the runner starts them), reported (funnel, attribution, control group, ROI) and ranked. */
@GraphQLApi
public class TasksGraphQL {

    private static final int MAX_RANKED = 20;

    private final TaskReader reader;
    private final OperationTasks tasks;
    private final TaskReports reports;
    private final MutationFrame frame;
    private final SecurityIdentity identity;
    private final OperationsGraphQL segments;
    private final SegmentReader segmentReader;
    private final CouponsGraphQL coupons;
    private final SmsGraphQL sms;
    private final SurveyGraphQL surveys;
    private final OrgUnitViews orgUnits;

    public TasksGraphQL(TaskReader reader, OperationTasks tasks, TaskReports reports, MutationFrame frame, SecurityIdentity identity,
            OperationsGraphQL segments, SegmentReader segmentReader, CouponsGraphQL coupons, SmsGraphQL sms, SurveyGraphQL surveys,
            OrgUnitViews orgUnits) {
        this.reader = reader;
        this.tasks = tasks;
        this.reports = reports;
        this.frame = frame;
        this.identity = identity;
        this.segments = segments;
        this.segmentReader = segmentReader;
        this.coupons = coupons;
        this.sms = sms;
        this.surveys = surveys;
        this.orgUnits = orgUnits;
    }

    @Query("operationTask")
    @RolesAllowed("${newretail.rules.operationTask}")
    @Description("An operation task; null when it does not exist.")
    public Uni<OperationTask> operationTask(@Name("id") @Id @NonNull @Description("The task.") String id) {
        return byId(GlobalId.decode(id, OperationTask.TYPE));
    }

    @Query("operationTasks")
    @RolesAllowed("${newretail.rules.operationTasks}")
    @Description("Operation tasks, newest first.")
    public Uni<@NonNull OperationTaskConnection> operationTasks(
            @Name("status") @Description("Only tasks standing so.") TaskStatus status,
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        return reader.tasks(status == null ? null : status.name(), page.afterId(), page.fetchSize())
                .map(rows -> Connections.of(rows, page, row -> Cursor.encode(row.id()),
                        (row, cursor) -> new OperationTaskConnection.Edge(new OperationTask(row), cursor), OperationTaskConnection::new));
    }

    @Query("operationTaskReport")
    @RolesAllowed("${newretail.rules.operationTaskReport}")
    @Description("A started task's results computed now: funnel (targeted → reached → redeemed → purchased), sales of the targeted members in "
            + "the attribution window by store, the control group's, cost and ROI. Null for a task that has not started.")
    public Uni<TaskViews.Report> operationTaskReport(@Name("taskId") @Id @NonNull @Description("The task.") String taskId) {
        long id = GlobalId.decode(taskId, OperationTask.TYPE);
        return reader.byIds(List.of(id)).chain(rows -> rows.isEmpty() ? Uni.createFrom().nullItem() : reports.of(rows.get(0)))
                .chain(report -> report == null ? Uni.createFrom().nullItem() : view(report));
    }

    @Query("operationTaskRanking")
    @RolesAllowed("${newretail.rules.operationTaskRanking}")
    @Description("The latest finished tasks (at most 20; optionally only those that used a tool) ranked by ROI, then uplift, with the tools "
            + "they used and their segment's rule: what worked, for planning the next task.")
    public Uni<@NonNull List<TaskViews.@NonNull Ranked>> operationTaskRanking(
            @Name("tool") @Description("Only tasks that used this tool.") TaskViews.Tool tool,
            @Name("first") @Description("How many, at most 20.") @DefaultValue("10") int first) {
        int limit = Math.max(1, Math.min(first, MAX_RANKED));
        return reader.tasks(TaskStatus.FINISHED.name(), null, tool == null ? limit : 100).map(rows -> rows.stream()
                .filter(row -> tool == null || tools(row).contains(tool.name())).limit(limit).toList())
                .chain(rows -> Multi.createFrom().iterable(rows)
                .onItem().transformToUniAndConcatenate(row -> reports.of(row).chain(report -> segmentReader.segmentsByIds(List.of(row.segmentId()))
                        .map(found -> new TaskViews.Ranked(new OperationTask(row), tools(row), found.isEmpty() ? "" : found.get(0).ruleText(),
                                decimal(report.roiPercent()), decimal(report.upliftPoints()), money(report.attributedRevenue())))))
                .collect().asList())
                .map(ranked -> ranked.stream().sorted(Comparator.comparing((TaskViews.Ranked r) -> value(r.roiPercent()), Comparator.reverseOrder())
                        .thenComparing(r -> value(r.upliftPoints()), Comparator.reverseOrder())).toList());
    }

    private static String tools(TaskReader.TaskRow row) {
        List<String> used = new java.util.ArrayList<>();
        if (row.couponTemplateId() != null) {
            used.add("COUPON");
        }
        if (row.smsTemplateId() != null) {
            used.add("SMS");
        }
        if (row.surveyId() != null) {
            used.add("SURVEY");
        }
        return String.join("+", used);
    }

    private static BigDecimal value(DecimalValue value) {
        return value == null ? BigDecimal.valueOf(Long.MIN_VALUE) : value.value();
    }

    @Name("segment")
    @NonNull
    @Description("The target segment.")
    public Uni<Segment> taskSegment(@Source OperationTask task) {
        return segments.segment(GlobalId.encode(Segment.TYPE, task.row().segmentId()));
    }

    @Name("snapshot")
    @Description("Who the segment held when the task started; null before.")
    public Uni<SegmentSnapshot> taskSnapshot(@Source OperationTask task) {
        return task.row().snapshotId() == null ? Uni.createFrom().nullItem()
                : segments.segmentSnapshot(GlobalId.encode(SegmentSnapshot.TYPE, task.row().snapshotId()));
    }

    @Name("couponTemplate")
    @Description("The coupons it issues; null if none.")
    public Uni<CouponTemplate> taskCouponTemplate(@Source OperationTask task) {
        return task.row().couponTemplateId() == null ? Uni.createFrom().nullItem()
                : coupons.templateById(task.row().couponTemplateId());
    }

    @Name("smsTemplate")
    @Description("The text it sends; null if none.")
    public Uni<SmsTemplate> taskSmsTemplate(@Source OperationTask task) {
        return task.row().smsTemplateId() == null ? Uni.createFrom().nullItem()
                : sms.smsTemplate(GlobalId.encode(SmsTemplate.TYPE, task.row().smsTemplateId()));
    }

    @Name("survey")
    @Description("The survey its texts link to; null if none.")
    public Uni<Survey> taskSurvey(@Source OperationTask task) {
        return task.row().surveyId() == null ? Uni.createFrom().nullItem() : surveys.survey(GlobalId.encode(Survey.TYPE, task.row().surveyId()));
    }

    @Name("store")
    @NonNull
    @Description("The store.")
    public Uni<List<@NonNull OrgUnit>> storeOfResult(@Source List<TaskViews.StoreResult> results) {
        List<Long> ids = results.stream().map(TaskViews.StoreResult::storeId).toList();
        return orgUnits.views(ids.stream().distinct().toList(), DataScope.all()).map(found -> ids.stream().map(found::get).toList());
    }

    @Name("task")
    @Description("The task as it is now; null when there are userErrors.")
    public Uni<OperationTask> payloadTask(@Source TaskViews.TaskPayload payload) {
        return payload.taskId() == null ? Uni.createFrom().nullItem() : byId(payload.taskId());
    }

    @Mutation("operationTaskCreate")
    @RolesAllowed("${newretail.rules.operationTaskCreate}")
    @Description("Plans a task as a DRAFT, owned by you. INVALID_VALUE names the field at fault; NOT_FOUND for a segment, template or survey "
            + "that does not exist (or is archived, or not published).")
    public Uni<TaskViews.@NonNull TaskPayload> operationTaskCreate(
            @Name("input") @NonNull @Description("The task.") TaskViews.TaskInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(TaskViews.TaskPayload.KIND, () -> {
            TaskStore.NewTask task = new TaskStore.NewTask(input.name, input.goal, GlobalId.decodeAt(input.segmentId, Segment.TYPE, "input",
                    "segmentId"), GlobalId.decodeOptionalAt(input.couponTemplateId, CouponTemplate.TYPE, "input", "couponTemplateId"),
                    GlobalId.decodeOptionalAt(input.smsTemplateId, SmsTemplate.TYPE, "input", "smsTemplateId"),
                    GlobalId.decodeOptionalAt(input.surveyId, Survey.TYPE, "input", "surveyId"), input.smsRatePerMinute, input.budget,
                    input.controlPercent, input.startAt, input.attributionDays);
            return frame.once(TaskViews.TaskPayload.KIND, "operationTaskCreate", idempotencyKey, Call.<Long, TaskViews.TaskPayload>of(task,
                    () -> tasks.create(task, OffsetDateTime.now(), actor()), id -> Call.Audit.of(null, Map.of("name", input.name))));
        });
    }

    @Mutation("operationTaskSchedule")
    @RolesAllowed("${newretail.rules.operationTaskSchedule}")
    @Description("Schedules a DRAFT task: at `startAt` the runner snapshots the segment, holds the control group back and runs the tools.")
    public Uni<TaskViews.@NonNull TaskPayload> operationTaskSchedule(
            @Name("id") @Id @NonNull @Description("The task.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return move("operationTaskSchedule", id, expectedVersion, TaskStatus.SCHEDULED, idempotencyKey);
    }

    @Mutation("operationTaskCancel")
    @RolesAllowed("${newretail.rules.operationTaskCancel}")
    @Description("Cancels a DRAFT or SCHEDULED task (a started one runs its window out).")
    public Uni<TaskViews.@NonNull TaskPayload> operationTaskCancel(
            @Name("id") @Id @NonNull @Description("The task.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return move("operationTaskCancel", id, expectedVersion, TaskStatus.CANCELLED, idempotencyKey);
    }

    private Uni<TaskViews.TaskPayload> move(String operation, String id, int expectedVersion, TaskStatus to, String idempotencyKey) {
        return frame.guard(TaskViews.TaskPayload.KIND, () -> {
            long task = GlobalId.decodeAt(id, OperationTask.TYPE, "id");
            return frame.once(TaskViews.TaskPayload.KIND, operation, idempotencyKey, Call.<Long, TaskViews.TaskPayload>of(List.of(task,
                    expectedVersion), () -> tasks.move(task, expectedVersion, to), ignored -> Call.Audit.of(null, Map.of("status", to.name()))));
        });
    }

    private Uni<TaskViews.Report> view(TaskReports.Report r) {
        return Multi.createFrom().iterable(r.byStore()).onItem().transformToUniAndConcatenate(line -> orgUnits.placement(line.storeId())
                .map(placement -> Map.entry(placement == null || placement.companyId() == null ? line.storeId() : placement.companyId(), line)))
                .collect().asList().map(lines -> {
                    Map<Long, TaskViews.UnitResult> units = new java.util.LinkedHashMap<>();
                    for (Map.Entry<Long, TaskReports.StoreLine> entry : lines) {
                        TaskReports.StoreLine line = entry.getValue();
                        units.merge(entry.getKey(), new TaskViews.UnitResult(entry.getKey(), line.orders(), money(line.revenue()), line.redemptions(),
                                money(line.discount())), (a, b) -> new TaskViews.UnitResult(a.orgUnitId(), a.orders() + b.orders(),
                                        money(a.revenue().getAmount().value().add(b.revenue().getAmount().value())), a.redemptions() + b.redemptions(),
                                        money(a.discount().getAmount().value().add(b.discount().getAmount().value()))));
                    }
                    return units.values().stream().sorted(Comparator.comparing((TaskViews.UnitResult u) -> u.revenue().getAmount().value())
                            .reversed()).toList();
                }).map(byCompany -> report(r, byCompany));
    }

    private static TaskViews.Report report(TaskReports.Report r, List<TaskViews.UnitResult> byCompany) {
        return (new TaskViews.Report(r.targeted(), r.reached(), r.redeemed(), r.purchased(), r.surveyResponses(), r.control(),
                r.controlPurchased(),
                decimal(r.purchaseRatePercent()), decimal(r.controlPurchaseRatePercent()), decimal(r.upliftPoints()), money(r.attributedRevenue()),
                r.incrementalRevenue() == null ? null : money(r.incrementalRevenue()), money(r.couponCost()), money(r.hqCouponCost()),
                money(r.companyCouponCost()), money(r.dealerCouponCost()), money(r.smsCost()), money(r.cost()),
                decimal(r.roiPercent()), decimal(r.incrementalRoiPercent()), r.windowStart(), r.windowEnd(), r.byStore().stream()
                        .map(s -> new TaskViews.StoreResult(s.storeId(), s.orders(), money(s.revenue()), s.redemptions(), money(s.discount())))
                        .toList(), byCompany));
    }

    @Name("orgUnit")
    @NonNull
    @Description("The org unit.")
    public Uni<List<@NonNull OrgUnit>> unitOfResult(@Source List<TaskViews.UnitResult> results) {
        List<Long> ids = results.stream().map(TaskViews.UnitResult::orgUnitId).toList();
        return orgUnits.views(ids.stream().distinct().toList(), DataScope.all()).map(found -> ids.stream().map(found::get).toList());
    }

    private static DecimalValue decimal(BigDecimal value) {
        return value == null ? null : new DecimalValue(value);
    }

    private static Money money(BigDecimal amount) {
        return new Money(amount, "CNY");
    }

    private Uni<OperationTask> byId(long id) {
        return reader.byIds(List.of(id)).map(rows -> rows.isEmpty() ? null : new OperationTask(rows.get(0)));
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
