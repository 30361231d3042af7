package com.newretail.performance.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import com.newretail.performance.domain.AllocationRule;
import com.newretail.platform.graphql.DecimalValue;

/** Inputs of the sales target operations. */
public final class PerformanceInputs {

    private PerformanceInputs() {
    }

    /** Fields of {@code salesTargetSet}. */
    @Input("SalesTargetSetInput")
    @Description("A target for an org unit, or for a staff member at their store, in a month, quarter or year.")
    public static class SalesTargetSetInput {
        @Id
        @NonNull
        @Description("The org unit; for a staff target, the store they work at.")
        public String orgUnitId;

        @Id
        @Description("The staff member, for a personal target; null for the unit's own target.")
        public String staffId;

        @NonNull
        @Description("\"2027-01\" sets the month; \"2027-Q1\" or \"2027\" spreads the figure over its months by last year's monthly "
                + "sales (equally without any) and is refused when one of those months already has a target.")
        public String period;

        @NonNull
        @Description("Net sales to reach, at least 0, at most two decimals.")
        public DecimalValue amount;

        @Description("Units to sell, optional.")
        public Integer quantity;

        @Description("ISO 4217 currency; CNY when omitted.")
        public String currency;

        @Description("The version of the month's target you read, to change it; leave out to create one.")
        public Integer expectedVersion;
    }

    /** One child's figure in a manual split. */
    @Input("TargetShareInput")
    @Description("One child's part of a split: a child unit (orgUnitId) or, at a store, a staff member (staffId).")
    public static class TargetShareInput {
        @Id
        @Description("A direct child unit of the unit being split.")
        public String orgUnitId;

        @Id
        @Description("An active staff member of the store being split.")
        public String staffId;

        @NonNull
        @Description("The child's amount.")
        public DecimalValue amount;

        @Description("The child's units, optional.")
        public Integer quantity;
    }

    /** Fields of {@code salesTargetAllocate}. */
    @Input("SalesTargetAllocateInput")
    @Description("Which unit's month target to split, and how.")
    public static class SalesTargetAllocateInput {
        @Id
        @NonNull
        @Description("The unit whose target is split to its children (a store's: to its active staff).")
        public String orgUnitId;

        @NonNull
        @Description("The month, e.g. \"2027-01\".")
        public String period;

        @NonNull
        @Description("How to split.")
        public AllocationRule rule;

        @Description("With MANUAL: each child's figure; children left out get zero. The amounts must add up to the parent's target.")
        public List<@NonNull TargetShareInput> shares;
    }

    /** Fields of {@code targetSuggestionsAccept}. */
    @Input("TargetSuggestionsAcceptInput")
    @Description("Turns the suggestions for a unit's children into their targets, optionally edited.")
    public static class TargetSuggestionsAcceptInput {
        @Id
        @NonNull
        @Description("The unit whose children get targets.")
        public String orgUnitId;

        @NonNull
        @Description("The month, e.g. \"2027-01\".")
        public String period;

        @Description("Figures that replace suggestions; with edits the figures must add up to the unit's target (when it has one). "
                + "Without edits the suggestions are scaled to add up to it.")
        public List<@NonNull TargetShareInput> amounts;
    }

    /** Fields of {@code targetAdjustmentPropose}. */
    @Input("TargetAdjustmentProposeInput")
    @Description("A lower level's proposal for its target.")
    public static class TargetAdjustmentProposeInput {
        @Id
        @NonNull
        @Description("The target to change.")
        public String targetId;

        @NonNull
        @Description("The proposed amount.")
        public DecimalValue amount;

        @Description("The proposed quantity; null keeps the target's.")
        public Integer quantity;

        @NonNull
        @Description("Why, 1-500 characters.")
        public String reason;
    }
}
