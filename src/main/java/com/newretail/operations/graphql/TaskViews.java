package com.newretail.operations.graphql;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.operations.domain.task.TaskErrorCode;
import com.newretail.platform.graphql.DecimalValue;
import com.newretail.platform.graphql.Money;
import com.newretail.platform.graphql.UserError;
import com.newretail.platform.mutation.ErrorArea;
import com.newretail.platform.mutation.PayloadKind;

/** The input, payload and report types of operation tasks. */
public final class TaskViews {

    private TaskViews() {
    }

    /** Fields of {@code operationTaskCreate}. */
    @Input("OperationTaskInput")
    @Description("A task: goal, target segment, tools, budget, start, attribution window and control group.")
    public static class TaskInput {
        @NonNull
        @Description("1-80 characters.")
        public String name;

        @NonNull
        @Description("What it is meant to achieve, 1-500 characters.")
        public String goal;

        @NonNull
        @Id
        @Description("The target segment; snapshotted when the task starts.")
        public String segmentId;

        @Id
        @Description("Coupons (or red packets) to issue, one per targeted member; or/and smsTemplateId.")
        public String couponTemplateId;

        @Id
        @Description("A text to send to targeted members with SMS consent.")
        public String smsTemplateId;

        @Id
        @Description("A published survey the text links to (the template has {link}).")
        public String surveyId;

        @NonNull
        @DefaultValue("600")
        @Description("Texts per minute at most, 1-6000.")
        public int smsRatePerMinute;

        @Description("What it may cost (above 0, 2 decimals); reported against its cost.")
        public BigDecimal budget;

        @NonNull
        @DefaultValue("0")
        @Description("Percent of the segment held back as a control group (0-50), to measure uplift.")
        public int controlPercent;

        @NonNull
        @Description("When it starts (now or later).")
        public OffsetDateTime startAt;

        @NonNull
        @DefaultValue("14")
        @Description("Days from the start during which purchases count for it (1-90).")
        public int attributionDays;
    }

    /** A userError of tasks. */
    @Type("TaskUserError")
    @Description("Why an operation task mutation did not do what was asked.")
    public record TaskUserError(
            @NonNull @Description("Machine-readable reason.") TaskErrorCode code,
            @Description("Path to the input field at fault, e.g. [\"input\", \"startAt\"].") List<@NonNull String> field,
            @NonNull @Description(UserError.MESSAGE) String message) implements UserError {

        public static final ErrorArea<TaskErrorCode, TaskUserError> AREA = ErrorArea.of(TaskErrorCode.class,
                refusal -> new TaskUserError(refusal.code(), refusal.field(), refusal.message()));
    }

    /** Result of a change of a task. */
    @Type("OperationTaskPayload")
    @Description("Result of creating, scheduling or cancelling a task: the task as it is now, or why nothing changed.")
    public record TaskPayload(
            @Ignore Long taskId,
            @NonNull @Description("Why nothing changed; empty on success.") List<@NonNull TaskUserError> userErrors) {

        static final PayloadKind<Long, TaskPayload, TaskUserError> KIND = PayloadKind.ofId(TaskUserError.AREA, OperationTask.TYPE, TaskPayload::new,
                TaskPayload::userErrors);
    }

    /** One store's attributed sales. */
    @Type("OperationTaskStoreResult")
    @Description("A store's part of a task's results.")
    public record StoreResult(
            @Ignore long storeId,
            @NonNull @Description("Orders of targeted members in the window.") int orders,
            @NonNull @Description("Their total.") Money revenue,
            @NonNull @Description("Coupons of the task used there.") int redemptions,
            @NonNull @Description("What those coupons took off (net of refunds).") Money discount) {
    }

    /** A task's report. */
    @Type("OperationTaskReport")
    @Description("A task's results: the funnel, attributed sales, the control group's, cost and ROI.")
    public record Report(
            @NonNull @Description("Members the tools went to (the control group left out).") int targeted,
            @NonNull @Description("Targeted members who got a coupon or a text the gateway took.") int reached,
            @NonNull @Description("Targeted members who used a coupon of the task.") int redeemed,
            @NonNull @Description("Targeted members who bought in the window.") int purchased,
            @NonNull @Description("Responses of targeted members to the task's survey since the start.") int surveyResponses,
            @NonNull @Description("Members held back.") int control,
            @NonNull @Description("Held-back members who bought in the window.") int controlPurchased,
            @Description("purchased ÷ targeted × 100.") DecimalValue purchaseRatePercent,
            @Description("The control group's purchase rate; null without one.") DecimalValue controlPurchaseRatePercent,
            @Description("Purchase rate minus the control group's, in percentage points; null without one.") DecimalValue upliftPoints,
            @NonNull @Description("Paid orders of targeted members in the window.") Money attributedRevenue,
            @Description("Revenue per targeted member minus per control member, × targeted; null without a control group.") Money incrementalRevenue,
            @NonNull @Description("What the task's coupons took off, net of what refunds restored.") Money couponCost,
            @NonNull @Description("HQ's part of couponCost (the templates' hqShare).") Money hqCouponCost,
            @NonNull @Description("The sales companies' part of couponCost.") Money companyCouponCost,
            @NonNull @Description("The dealers' part of couponCost.") Money dealerCouponCost,
            @NonNull @Description("Texts the gateway took × newretail.sms.unit-cost.") Money smsCost,
            @NonNull @Description("couponCost + smsCost.") Money cost,
            @Description("(attributed revenue − cost) ÷ cost × 100; null without cost.") DecimalValue roiPercent,
            @Description("(incremental revenue − cost) ÷ cost × 100; null without a control group or cost.") DecimalValue incrementalRoiPercent,
            @NonNull @Description("The window's start (the task's start).") OffsetDateTime windowStart,
            @NonNull @Description("The window's end.") OffsetDateTime windowEnd,
            @NonNull @Description("Per store, most revenue first.") List<@NonNull StoreResult> byStore,
            @NonNull @Description("Per sales company of those stores, most revenue first.") List<@NonNull UnitResult> byCompany) {
    }

    /** One org unit's attributed sales. */
    @Type("OperationTaskUnitResult")
    @Description("An org unit's part of a task's results: its stores' added up.")
    public record UnitResult(
            @Ignore Long orgUnitId,
            @NonNull @Description("Orders of targeted members in the window.") int orders,
            @NonNull @Description("Their total.") Money revenue,
            @NonNull @Description("Coupons of the task used there.") int redemptions,
            @NonNull @Description("What those coupons took off (net of refunds).") Money discount) {
    }

    /** A tool a task uses. */
    @org.eclipse.microprofile.graphql.Enum("TaskTool")
    @Description("A tool an operation task uses.")
    public enum Tool {
        @Description("Coupons or red packets.")
        COUPON,
        @Description("A text.")
        SMS,
        @Description("A survey the text links to.")
        SURVEY
    }

    /** A past task in the ranking. */
    @Type("OperationTaskRanking")
    @Description("A finished task with what it used and how it did, for planning the next one.")
    public record Ranked(
            @NonNull @Description("The task.") OperationTask task,
            @NonNull @Description("The tools it used: COUPON, SMS, SURVEY joined by +.") String tools,
            @NonNull @Description("Its target segment's rule in words (the segment kind).") String segmentRule,
            @Description("Its ROI.") DecimalValue roiPercent,
            @Description("Its uplift.") DecimalValue upliftPoints,
            @NonNull @Description("Its attributed revenue.") Money attributedRevenue) {
    }
}
