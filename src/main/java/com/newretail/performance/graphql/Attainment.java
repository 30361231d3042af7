package com.newretail.performance.graphql;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.performance.persistence.PerformanceReader.AttainmentRow;
import com.newretail.platform.graphql.DecimalValue;
import com.newretail.platform.graphql.Money;

/** GraphQL view of how far an org unit or a staff member got towards a period's target. */
@Type("Attainment")
@Description("Sales against the target in a period, for an org unit (its whole subtree's sales) or a staff member at a store "
        + "(sales credited to them as the order's salesperson): net of refunds, by business day.")
public class Attainment {

    private final AttainmentRow row;

    public Attainment(AttainmentRow row) {
        this.row = row;
    }

    @Ignore
    public AttainmentRow row() {
        return row;
    }

    @NonNull
    @Description("The period asked about: \"2027-01\", \"2027-Q1\" or \"2027\".")
    public String getPeriod() {
        return row.period();
    }

    @NonNull
    @Description("The first day of the period.")
    public LocalDate getPeriodStart() {
        return row.periodStart();
    }

    @NonNull
    @Description("The last day of the period.")
    public LocalDate getPeriodEnd() {
        return row.periodEnd();
    }

    @Description("The sum of the period's monthly targets; null when no month of it has one.")
    public Money getTarget() {
        return row.targetAmount() == null ? null : new Money(row.targetAmount(), row.currency());
    }

    @Description("The sum of the period's monthly unit targets; null when none has one.")
    public Integer getTargetQuantity() {
        return row.targetQuantity();
    }

    @NonNull
    @Description("Net sales: orders paid in the period minus refunds and cancellations made in it.")
    public Money getActual() {
        return new Money(row.actualAmount(), row.currency());
    }

    @NonNull
    @Description("Units sold net of units returned.")
    public int getActualQuantity() {
        return row.actualQuantity();
    }

    @NonNull
    @Description("Orders paid net of paid orders cancelled.")
    public int getOrders() {
        return row.orders();
    }

    @Description("Actual as a percentage of the target, one decimal (e.g. \"87.5\"); null without a positive target.")
    public DecimalValue getAttainmentPercent() {
        return row.attainmentPercent() == null ? null : new DecimalValue(row.attainmentPercent());
    }

    @Description("What is still missing to the target (zero once reached); null without a target.")
    public Money getGap() {
        return row.gapAmount() == null ? null : new Money(row.gapAmount(), row.currency());
    }

    @NonNull
    @Description("Run-rate forecast for the period's end: actual / days elapsed × days in the period (the actual once the period is over, "
            + "zero before it starts).")
    public Money getForecast() {
        return new Money(row.forecastAmount(), row.currency());
    }

    @NonNull
    @Description("Days of the period begun by today's business day.")
    public int getDaysElapsed() {
        return row.daysElapsed();
    }

    @NonNull
    @Description("Days in the period.")
    public int getDays() {
        return row.days();
    }

    @NonNull
    @Description("Rank among the peers by attainment % (then by actual sales); 1 is best. Peers: the units with the same parent, "
            + "or the staff with a target or a sale at the store in the period.")
    public int getRank() {
        return row.rank();
    }

    @NonNull
    @Description("How many peers were ranked (including this one).")
    public int getPeers() {
        return row.peers();
    }
}
