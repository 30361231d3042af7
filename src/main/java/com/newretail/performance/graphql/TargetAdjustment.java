package com.newretail.performance.graphql;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.performance.domain.TargetAdjustmentStatus;
import com.newretail.performance.persistence.PerformanceReader.AdjustmentRow;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Money;
import com.newretail.platform.graphql.Node;

/** GraphQL view of a proposed target adjustment. */
@Type("TargetAdjustment")
@Description("A lower level's proposal to change its target, decided by the level above.")
public class TargetAdjustment implements Node {

    public static final String TYPE = "TargetAdjustment";

    private final AdjustmentRow row;

    public TargetAdjustment(AdjustmentRow row) {
        this.row = row;
    }

    @Ignore
    public AdjustmentRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    @Description("Globally unique, opaque ID of this proposal.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("Where the proposal stands.")
    public TargetAdjustmentStatus getStatus() {
        return TargetAdjustmentStatus.valueOf(row.status());
    }

    @NonNull
    @Description("The proposed amount.")
    public Money getAmount() {
        return new Money(row.amount(), row.currency());
    }

    @Description("The proposed quantity; null keeps the target's.")
    public Integer getQuantity() {
        return row.quantity();
    }

    @NonNull
    @Description("The target's amount when the proposal was made.")
    public Money getPreviousAmount() {
        return new Money(row.previousAmount(), row.currency());
    }

    @NonNull
    @Description("Why the level below asks for it.")
    public String getReason() {
        return row.reason();
    }

    @NonNull
    @Description("Who proposed it.")
    public String getProposedBy() {
        return row.proposedBy();
    }

    @NonNull
    @Description("When it was proposed.")
    public OffsetDateTime getProposedAt() {
        return row.proposedAt();
    }

    @Description("Who approved or rejected it; null while open.")
    public String getDecidedBy() {
        return row.decidedBy();
    }

    @Description("When it was decided; null while open.")
    public OffsetDateTime getDecidedAt() {
        return row.decidedAt();
    }

    @Description("The decider's note; null when none.")
    public String getDecisionNote() {
        return row.decisionNote();
    }

    @NonNull
    @Description("Increases with every change; send it as `expectedVersion` to decide.")
    public int getVersion() {
        return row.version();
    }
}
