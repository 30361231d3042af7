package com.newretail.operations.graphql;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.operations.domain.task.TaskStatus;
import com.newretail.operations.persistence.TaskReader.TaskRow;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Money;
import com.newretail.platform.graphql.Node;

/** GraphQL view of an operation task. */
@Type("OperationTask")
@Description("A campaign: a goal, a target segment, tools (coupons, SMS, a survey), a budget, a start, an attribution window and an optional "
        + "control group; DRAFT → SCHEDULED → RUNNING → FINISHED.")
public class OperationTask implements Node {

    public static final String TYPE = "OperationTask";

    private final TaskRow row;

    public OperationTask(TaskRow row) {
        this.row = row;
    }

    @Ignore
    public TaskRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    @Description("Globally unique, opaque ID of this task.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("Name.")
    public String getName() {
        return row.name();
    }

    @NonNull
    @Description("What it is meant to achieve.")
    public String getGoal() {
        return row.goal();
    }

    @NonNull
    @Description("Texts per minute at most.")
    public int getSmsRatePerMinute() {
        return row.smsRate();
    }

    @Description("What it may cost; null: no budget set.")
    public Money getBudget() {
        return row.budget() == null ? null : new Money(row.budget(), "CNY");
    }

    @NonNull
    @Description("Percent of the segment held back as the control group (0: none).")
    public int getControlPercent() {
        return row.controlPercent();
    }

    @NonNull
    @Description("When it starts.")
    public OffsetDateTime getStartAt() {
        return row.startAt();
    }

    @NonNull
    @Description("Days from the start during which the targeted members' purchases count for it.")
    public int getAttributionDays() {
        return row.attributionDays();
    }

    @NonNull
    @Description("Where it stands.")
    public TaskStatus getStatus() {
        return TaskStatus.valueOf(row.status());
    }

    @NonNull
    @Description("Who owns it (its creator); coupons and texts go out in their name.")
    public String getOwner() {
        return row.owner();
    }

    @NonNull
    @Description("Increases with every change; send it as `expectedVersion`.")
    public int getVersion() {
        return row.version();
    }

    @NonNull
    @Description("When it was created.")
    public OffsetDateTime getCreatedAt() {
        return row.createdAt();
    }

    @Description("When it started.")
    public OffsetDateTime getStartedAt() {
        return row.startedAt();
    }

    @Description("When it finished.")
    public OffsetDateTime getFinishedAt() {
        return row.finishedAt();
    }

    @Description("Why it could not start, when it could not.")
    public String getLastError() {
        return row.lastError();
    }
}
