package com.newretail.performance.graphql;

import java.time.OffsetDateTime;
import java.time.YearMonth;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.performance.domain.TargetOrigin;
import com.newretail.performance.persistence.PerformanceReader.TargetRow;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Money;
import com.newretail.platform.graphql.Node;

/** GraphQL view of a month's sales target. */
@Type("SalesTarget")
@Description("A month's sales target of an org unit, or of a staff member at a store. Quarters and years are the sums of their months.")
public class SalesTarget implements Node {

    public static final String TYPE = "SalesTarget";

    private final TargetRow row;

    public SalesTarget(TargetRow row) {
        this.row = row;
    }

    @Ignore
    public TargetRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    @Description("Globally unique, opaque ID of this target.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("The month, e.g. \"2027-01\".")
    public String getPeriod() {
        return YearMonth.from(row.month()).toString();
    }

    @NonNull
    @Description("Net sales to reach in the month.")
    public Money getAmount() {
        return new Money(row.amount(), row.currency());
    }

    @Description("Units to sell in the month; null when the target is in amount only.")
    public Integer getQuantity() {
        return row.quantity();
    }

    @NonNull
    @Description("How the target got its current figure.")
    public TargetOrigin getOrigin() {
        return TargetOrigin.valueOf(row.origin());
    }

    @NonNull
    @Description("Increases with every change; send it as `expectedVersion` to change the target.")
    public int getVersion() {
        return row.version();
    }

    @NonNull
    @Description("Who set the current figure.")
    public String getUpdatedBy() {
        return row.updatedBy();
    }

    @NonNull
    @Description("When the current figure was set.")
    public OffsetDateTime getUpdatedAt() {
        return row.updatedAt();
    }
}
