package com.newretail.supply.graphql;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.catalog.graphql.Sku;
import com.newretail.inventory.graphql.Warehouse;
import com.newretail.platform.graphql.DecimalValue;
import com.newretail.platform.mutation.ErrorArea;
import com.newretail.platform.mutation.PayloadKind;
import com.newretail.platform.graphql.UserError;
import com.newretail.supply.domain.SupplyErrorCode;

/** Replenishment's GraphQL inputs, payloads and plain types. */
public final class SupplyViews {

    private SupplyViews() {
    }

    @Type("SupplyUserError")
    @Description("Why a replenishment mutation did not do what was asked.")
    public record SupplyUserError(
            @NonNull @Description("Machine-readable reason.") SupplyErrorCode code,
            @Description("Path to the input field at fault, e.g. [\"input\", \"lines\", \"0\", \"quantity\"].") List<@NonNull String> field,
            @NonNull @Description(UserError.MESSAGE) String message) implements UserError {

        public static final ErrorArea<SupplyErrorCode, SupplyUserError> AREA = ErrorArea.of(SupplyErrorCode.class,
                refusal -> new SupplyUserError(refusal.code(), refusal.field(), refusal.message()));
    }

    @Type("ReplenishmentSuggestion")
    @Description("What to order of one SKU for a store warehouse now, with the figures behind it. Sales velocity is the mean of the 7-day "
            + "and the 28-day daily average of units sold net of returns, over completed days; the pipeline is available + on the way + "
            + "requested. Days of cover: at or below the reorder point (lead-time sales + safety stock), order up to lead-time and cover-days "
            + "sales + safety stock. Min/max: below min, order up to max. Rounded up to the pack size.")
    public record Suggestion(
            @Ignore long skuId,
            @NonNull @Description("Units to order.") int quantity,
            @NonNull @Description("The reasoning, in words.") String reason,
            @NonNull @Description("On hand now.") int onHand,
            @NonNull @Description("On hand and not reserved.") int available,
            @NonNull @Description("On the way in: transfers to the warehouse not yet received (drafts included).") int inbound,
            @NonNull @Description("In requests waiting for a decision.") int requested,
            @NonNull @Description("The warehouse's safety stock of the SKU.") int safetyStock,
            @NonNull @Description("Units sold a day over the last 7 completed days, net of returns.") DecimalValue average7Days,
            @NonNull @Description("Units sold a day over the last 28 completed days, net of returns.") DecimalValue average28Days,
            @NonNull @Description("The sales velocity used: the mean of the two averages.") DecimalValue dailySales,
            @Description("Days the pipeline lasts at that velocity; null when it does not sell.") DecimalValue daysOfCover,
            @NonNull @Description("At or below this many units in the pipeline, order.") int reorderPoint,
            @NonNull @Description("Order up to this many.") int targetStock,
            @NonNull @Description("The policy's lead time.") int leadTimeDays,
            @NonNull @Description("The policy's days of cover.") int coverDays,
            @Description("The policy's minimum (min/max policy).") Integer minQuantity,
            @Description("The policy's maximum (min/max policy).") Integer maxQuantity,
            @NonNull @Description("Orders are rounded up to this.") int packSize,
            @NonNull @Description("The SKU.") Sku sku) {
    }

    @Type("ReplenishmentPolicy")
    @Description("How a store warehouse (or one SKU there) is replenished. Without a policy: "
            + "`newretail.supply.default-lead-time-days` (3) and `default-cover-days` (14), from the store parent's warehouse.")
    public record Policy(
            @Description("The SKU it is for; null for the warehouse's default.") Sku sku,
            @Description("Where from; null: the store parent's dealer, regional or central warehouse.") Warehouse sourceWarehouse,
            @NonNull @Description("Days from ordering to goods on the shelf.") int leadTimeDays,
            @NonNull @Description("Days of sales an order covers once it arrives.") int coverDays,
            @Description("Min/max policy: below this, order up to maxQuantity.") Integer minQuantity,
            @Description("Min/max policy: order up to this.") Integer maxQuantity,
            @NonNull @Description("Orders are rounded up to this.") int packSize,
            @NonNull @Description("Changes so far.") int version,
            @NonNull @Description("Who set it last.") String updatedBy,
            @NonNull @Description("When it was set last.") OffsetDateTime updatedAt) {
    }

    @Input("ReplenishmentPolicyInput")
    @Description("A replenishment policy for a store warehouse, or for one SKU there.")
    public static class PolicyInput {
        @NonNull
        @Id
        @Description("A store's shop-floor warehouse in your data scope.")
        public String warehouseId;

        @Id
        @Description("For one SKU; omit for the warehouse's default.")
        public String skuId;

        @Id
        @Description("Where from: the store's or a unit above it; omit for the store parent's warehouse.")
        public String sourceWarehouseId;

        @NonNull
        @Description("Days from ordering to goods on the shelf, 0-90.")
        public int leadTimeDays;

        @NonNull
        @Description("Days of sales an order covers once it arrives, 1-180.")
        public int coverDays;

        @Description("Min/max policy (with maxQuantity): below this, order up to maxQuantity.")
        public Integer minQuantity;

        @Description("Min/max policy (with minQuantity).")
        public Integer maxQuantity;

        @Description("Round orders up to this, 1-10000; 1 when omitted.")
        public Integer packSize;
    }

    @Type("ReplenishmentPolicyPayload")
    @Description("Result of setting a policy: the warehouse's policies, or why nothing changed.")
    public record PolicyPayload(
            @Ignore Long warehouseId,
            @NonNull @Description("Why nothing changed; empty on success.") List<@NonNull SupplyUserError> userErrors) {

        static final PayloadKind<Long, PolicyPayload, SupplyUserError> KIND = PayloadKind.ofId(SupplyUserError.AREA, Warehouse.TYPE,
                PolicyPayload::new, PolicyPayload::userErrors);
    }

    @Input("ReplenishmentLineInput")
    @Description("A SKU and the units asked for.")
    public static class LineInput {
        @NonNull
        @Id
        @Description("An active SKU.")
        public String skuId;

        @NonNull
        @Description("Units, 1-1000000.")
        public int quantity;
    }

    @Input("ReplenishmentRequestInput")
    @Description("A store's request: its warehouse, the lines (omit them for the current suggestions), optionally the supplier and a note.")
    public static class RequestInput {
        @NonNull
        @Id
        @Description("A store's shop-floor warehouse in your data scope.")
        public String warehouseId;

        @Id
        @Description("Where from; omit for the policy's or the store parent's warehouse.")
        public String sourceWarehouseId;

        @Description("Up to 500 lines, one per SKU; omit to ask for every current suggestion.")
        public List<@NonNull LineInput> lines;

        @Description("At most 500 characters.")
        public String note;
    }

    @Type("ReplenishmentRequestPayload")
    @Description("Result of a replenishment request mutation: the request as it now is, or why nothing changed.")
    public record RequestPayload(
            @Ignore Long requestId,
            @NonNull @Description("Why nothing changed; empty on success.") List<@NonNull SupplyUserError> userErrors) {

        static final PayloadKind<Long, RequestPayload, SupplyUserError> KIND = PayloadKind.ofId(SupplyUserError.AREA, ReplenishmentRequest.TYPE,
                RequestPayload::new, RequestPayload::userErrors);
    }
}
