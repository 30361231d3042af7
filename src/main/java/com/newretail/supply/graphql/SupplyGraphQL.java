package com.newretail.supply.graphql;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.newretail.catalog.api.SkuCatalog;
import com.newretail.catalog.graphql.Sku;
import com.newretail.inventory.api.InventoryViews;
import com.newretail.inventory.graphql.StockTransfer;
import com.newretail.inventory.graphql.Warehouse;
import com.newretail.platform.graphql.Connections;
import com.newretail.platform.graphql.Cursor;
import com.newretail.platform.graphql.DecimalValue;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.mutation.Call;
import com.newretail.platform.mutation.MutationFrame;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.scope.DataScope;
import com.newretail.supply.domain.Policy;
import com.newretail.supply.domain.ReplenishmentPolicies;
import com.newretail.supply.domain.ReplenishmentRequests;
import com.newretail.supply.domain.ReplenishmentStatus;
import com.newretail.supply.domain.ReplenishmentSuggestions;
import com.newretail.supply.domain.Suggestion;
import com.newretail.supply.persistence.SupplyReadModels;
import com.newretail.supply.persistence.SupplyReader;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Sales-driven replenishment: suggestions per store warehouse, policies, and requests from a store to its
 * supplier that the supplier's side approves into a stock transfer (flow 3 of the brief, from a suggestion).
 */
@GraphQLApi
public class SupplyGraphQL {

    private final SupplyReader reader;
    private final ReplenishmentSuggestions suggestions;
    private final ReplenishmentRequests requests;
    private final ReplenishmentPolicies policies;
    private final CallerScope callerScope;
    private final MutationFrame frame;
    private final SecurityIdentity identity;
    private final InventoryViews inventory;
    private final SkuCatalog catalog;
    private final ZoneId zone;

    public SupplyGraphQL(SupplyReader reader, ReplenishmentSuggestions suggestions, ReplenishmentRequests requests, ReplenishmentPolicies policies,
            CallerScope callerScope, MutationFrame frame, SecurityIdentity identity, InventoryViews inventory, SkuCatalog catalog,
            @ConfigProperty(name = "newretail.retail.time-zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this.reader = reader;
        this.suggestions = suggestions;
        this.requests = requests;
        this.policies = policies;
        this.callerScope = callerScope;
        this.frame = frame;
        this.identity = identity;
        this.inventory = inventory;
        this.catalog = catalog;
        this.zone = zone;
    }

    @Query("replenishmentSuggestions")
    @RolesAllowed("${newretail.rules.replenishmentSuggestions}")
    @Description("What a store warehouse should order now, fewest days of sales first, each with its reasoning (see ReplenishmentSuggestion). "
            + "Empty for a warehouse outside your data scope or that is not a store's.")
    public Uni<@NonNull List<SupplyViews.@NonNull Suggestion>> replenishmentSuggestions(
            @Name("warehouseId") @Id @NonNull @Description("A store's shop-floor warehouse.") String warehouseId,
            @Name("first") @Description("At most this many, up to 500.") @DefaultValue("100") Integer first) {
        long warehouse = GlobalId.decode(warehouseId, Warehouse.TYPE);
        int limit = first == null ? 100 : Math.max(1, Math.min(first, 500));
        return callerScope.current().chain(scope -> requests.visibleStoreWarehouse(warehouse, scope)).chain(found -> found == null
                ? Uni.createFrom().item(List.<Suggestion>of()) : suggestions.plan(found, LocalDate.now(zone)).map(plan -> plan.suggestions()))
                .chain(list -> {
                    List<Suggestion> shown = list.stream().limit(limit).toList();
                    return catalog.views(shown.stream().map(Suggestion::skuId).distinct().toList())
                            .map(skus -> shown.stream().map(s -> suggestion(s, skus.get(s.skuId()))).toList());
                });
    }

    private static SupplyViews.Suggestion suggestion(Suggestion s, Sku sku) {
        Policy p = s.policy();
        return new SupplyViews.Suggestion(s.skuId(), s.quantity(), s.reason(), s.onHand(), s.available(), s.inbound(), s.requested(), s.safetyStock(),
                new DecimalValue(s.average7()), new DecimalValue(s.average28()), new DecimalValue(s.dailyRate()),
                s.daysOfCover() == null ? null : new DecimalValue(s.daysOfCover()), s.reorderPoint(), s.targetStock(), p.leadTimeDays(), p.coverDays(),
                p.minQuantity(), p.maxQuantity(), p.packSize(), sku);
    }

    @Query("replenishmentPolicies")
    @RolesAllowed("${newretail.rules.replenishmentPolicies}")
    @Description("The policies set for a store warehouse: its default (sku null) first, then per SKU. Empty when none is set (the defaults "
            + "apply) or the warehouse is outside your data scope.")
    public Uni<@NonNull List<SupplyViews.@NonNull Policy>> replenishmentPolicies(
            @Name("warehouseId") @Id @NonNull @Description("A store's shop-floor warehouse.") String warehouseId) {
        long warehouse = GlobalId.decode(warehouseId, Warehouse.TYPE);
        return callerScope.current().chain(scope -> requests.visibleStoreWarehouse(warehouse, scope)).chain(found -> found == null
                ? Uni.createFrom().item(List.<SupplyViews.Policy>of()) : policiesOf(warehouse));
    }

    private Uni<List<SupplyViews.Policy>> policiesOf(long warehouse) {
        return reader.policies(warehouse).chain(rows -> {
            List<Long> skuIds = rows.stream().map(SupplyReader.PolicyRow::skuId).filter(Objects::nonNull).distinct().toList();
            List<Long> sources = rows.stream().map(SupplyReader.PolicyRow::sourceWarehouseId).filter(Objects::nonNull).distinct().toList();
            return Uni.combine().all().unis(skuIds.isEmpty() ? Uni.createFrom().item(Map.<Long, Sku>of()) : catalog.views(skuIds),
                    sources.isEmpty() ? Uni.createFrom().item(Map.<Long, Warehouse>of()) : inventory.warehouses(sources)).asTuple()
                    .map(t -> rows.stream().map(row -> new SupplyViews.Policy(row.skuId() == null ? null : t.getItem1().get(row.skuId()),
                            row.sourceWarehouseId() == null ? null : t.getItem2().get(row.sourceWarehouseId()), row.leadTimeDays(), row.coverDays(),
                            row.minQuantity(), row.maxQuantity(), row.packSize(), row.version(), row.updatedBy(), row.updatedAt())).toList());
        });
    }

    @Query("replenishmentRequest")
    @RolesAllowed("${newretail.rules.replenishmentRequest}")
    @Description("A replenishment request; null when it does not exist or neither its warehouse nor its supplier is in your data scope.")
    public Uni<ReplenishmentRequest> replenishmentRequest(@Name("id") @Id @NonNull @Description("The request.") String id) {
        long requestId = GlobalId.decode(id, ReplenishmentRequest.TYPE);
        return callerScope.current().chain(scope -> reader.byIds(List.of(requestId), scope))
                .map(rows -> rows.isEmpty() ? null : new ReplenishmentRequest(rows.get(0)));
    }

    @Query("replenishmentRequests")
    @RolesAllowed("${newretail.rules.replenishmentRequests}")
    @Description("Replenishment requests whose warehouse or supplier is in your data scope, newest first: a store's (warehouseId), those to "
            + "a supplier (sourceWarehouseId), of one status.")
    public Uni<@NonNull ReplenishmentRequestConnection> replenishmentRequests(
            @Name("warehouseId") @Id @Description("Only of this store warehouse.") String warehouseId,
            @Name("sourceWarehouseId") @Id @Description("Only to this supplying warehouse.") String sourceWarehouseId,
            @Name("status") @Description("Only in this state.") ReplenishmentStatus status,
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        SupplyReadModels.Filter filter = filter(warehouseId, sourceWarehouseId, status == null ? null : status.name());
        return callerScope.current().chain(scope -> reader.requests(filter, scope, page.afterId(), page.fetchSize()))
                .map(rows -> Connections.of(rows, page, row -> Cursor.encode(row.id()),
                        (row, cursor) -> new ReplenishmentRequestConnection.Edge(new ReplenishmentRequest(row), cursor),
                        ReplenishmentRequestConnection::new));
    }

    static SupplyReadModels.Filter filter(String warehouseId, String sourceWarehouseId, String status) {
        return new SupplyReadModels.Filter(warehouseId == null ? null : GlobalId.decode(warehouseId, Warehouse.TYPE),
                sourceWarehouseId == null ? null : GlobalId.decode(sourceWarehouseId, Warehouse.TYPE), status);
    }

    @Name("totalQuantity")
    @NonNull
    @Description("Units over all lines.")
    public Uni<List<@NonNull Integer>> totalQuantity(@Source List<ReplenishmentRequest> list) {
        return linesOf(list).map(lines -> lines.stream().map(of -> of.stream().mapToInt(line -> line.row().quantity()).sum()).toList());
    }

    @Name("lines")
    @NonNull
    @Description("The SKUs asked for, in line order.")
    public Uni<List<@NonNull List<@NonNull ReplenishmentRequestLine>>> lines(@Source List<ReplenishmentRequest> list) {
        return linesOf(list);
    }

    private Uni<List<List<ReplenishmentRequestLine>>> linesOf(List<ReplenishmentRequest> list) {
        List<Long> ids = list.stream().map(r -> r.row().id()).toList();
        return reader.lines(ids.stream().distinct().toList())
                .map(byRequest -> ids.stream().map(id -> byRequest.get(id).stream().map(ReplenishmentRequestLine::new).toList()).toList());
    }

    @Name("warehouse")
    @NonNull
    @Description("The store warehouse that asks.")
    public Uni<List<@NonNull Warehouse>> warehouse(@Source List<ReplenishmentRequest> list) {
        return warehouses(list.stream().map(r -> r.row().warehouseId()).toList());
    }

    @Name("sourceWarehouse")
    @NonNull
    @Description("The supplying warehouse.")
    public Uni<List<@NonNull Warehouse>> sourceWarehouse(@Source List<ReplenishmentRequest> list) {
        return warehouses(list.stream().map(r -> r.row().sourceWarehouseId()).toList());
    }

    private Uni<List<Warehouse>> warehouses(List<Long> ids) {
        return inventory.warehouses(ids.stream().distinct().toList()).map(found -> ids.stream().map(found::get).toList());
    }

    @Name("transfer")
    @Description("The stock transfer carrying it, once approved.")
    public Uni<List<StockTransfer>> transfer(@Source List<ReplenishmentRequest> list) {
        List<Long> ids = list.stream().map(r -> r.row().transferId()).toList();
        List<Long> known = ids.stream().filter(Objects::nonNull).distinct().toList();
        return (known.isEmpty() ? Uni.createFrom().item(Map.<Long, StockTransfer>of()) : inventory.transfers(known, DataScope.all()))
                .map(found -> ids.stream().map(id -> id == null ? null : found.get(id)).toList());
    }

    @Name("sku")
    @NonNull
    @Description("The SKU.")
    public Uni<List<@NonNull Sku>> lineSku(@Source List<ReplenishmentRequestLine> lines) {
        List<Long> ids = lines.stream().map(l -> l.row().skuId()).toList();
        return catalog.views(ids.stream().distinct().toList()).map(found -> ids.stream().map(found::get).toList());
    }

    @Name("replenishmentRequest")
    @Description("The request as it now is; null when there are userErrors.")
    public Uni<ReplenishmentRequest> payloadRequest(@Source SupplyViews.RequestPayload payload) {
        return payload.requestId() == null ? Uni.createFrom().nullItem()
                : reader.byIds(List.of(payload.requestId()), DataScope.all()).map(rows -> rows.isEmpty() ? null : new ReplenishmentRequest(rows.get(0)));
    }

    @Name("policies")
    @Description("The warehouse's policies after the change; null when there are userErrors.")
    public Uni<List<SupplyViews.@NonNull Policy>> payloadPolicies(@Source SupplyViews.PolicyPayload payload) {
        return payload.warehouseId() == null ? Uni.createFrom().nullItem() : policiesOf(payload.warehouseId());
    }

    @Mutation("replenishmentPolicySet")
    @RolesAllowed("${newretail.rules.replenishmentPolicySet}")
    @Description("Sets how a store warehouse (or one SKU there) is replenished. NOT_FOUND for a warehouse outside your scope or an unknown SKU; "
            + "NOT_A_STORE_WAREHOUSE; INVALID_SOURCE for a supplier that is not the store's or above it; INVALID_VALUE names the field.")
    public Uni<SupplyViews.@NonNull PolicyPayload> replenishmentPolicySet(
            @Name("input") @NonNull @Description("The policy.") SupplyViews.PolicyInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(SupplyViews.PolicyPayload.KIND, () -> {
            long warehouse = GlobalId.decodeAt(input.warehouseId, Warehouse.TYPE, "input", "warehouseId");
            Policy policy = new Policy(GlobalId.decodeOptionalAt(input.skuId, Sku.TYPE, "input", "skuId"),
                    GlobalId.decodeOptionalAt(input.sourceWarehouseId, Warehouse.TYPE, "input", "sourceWarehouseId"), input.leadTimeDays,
                    input.coverDays, input.minQuantity, input.maxQuantity, input.packSize == null ? 1 : input.packSize);
            return callerScope.current().chain(scope -> frame.once(SupplyViews.PolicyPayload.KIND, "replenishmentPolicySet", idempotencyKey,
                    Call.<Long, SupplyViews.PolicyPayload>of(input, () -> policies.set(warehouse, policy, scope, actor()),
                            id -> Call.Audit.of(null, Map.of("warehouse", warehouse, "leadTimeDays", policy.leadTimeDays(), "coverDays", policy.coverDays())))));
        });
    }

    @Mutation("replenishmentRequestCreate")
    @RolesAllowed("${newretail.rules.replenishmentRequestCreate}")
    @Description("A store asks its supplier for goods: the given lines, or every current suggestion when lines are omitted (NOTHING_TO_ORDER "
            + "when there is none). The request is REQUESTED at once. NO_SOURCE / INVALID_SOURCE for the supplier; DUPLICATE_SKU; NOT_FOUND.")
    public Uni<SupplyViews.@NonNull RequestPayload> replenishmentRequestCreate(
            @Name("input") @NonNull @Description("The request.") SupplyViews.RequestInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(SupplyViews.RequestPayload.KIND, () -> {
            List<ReplenishmentRequests.Line> lines = input.lines == null ? null : java.util.stream.IntStream.range(0, input.lines.size())
                    .mapToObj(i -> new ReplenishmentRequests.Line(GlobalId.decodeAt(input.lines.get(i).skuId, Sku.TYPE, "input", "lines", i, "skuId"),
                            input.lines.get(i).quantity)).toList();
            ReplenishmentRequests.Ask ask = new ReplenishmentRequests.Ask(GlobalId.decodeAt(input.warehouseId, Warehouse.TYPE, "input", "warehouseId"),
                    GlobalId.decodeOptionalAt(input.sourceWarehouseId, Warehouse.TYPE, "input", "sourceWarehouseId"), lines, input.note);
            return callerScope.current().chain(scope -> frame.once(SupplyViews.RequestPayload.KIND, "replenishmentRequestCreate", idempotencyKey,
                    Call.<Long, SupplyViews.RequestPayload>of(input, () -> requests.create(ask, LocalDate.now(zone), scope, actor()),
                            id -> Call.Audit.of(null, Map.of("warehouse", ask.warehouseId())))));
        });
    }

    @Mutation("replenishmentRequestSubmit")
    @RolesAllowed("${newretail.rules.replenishmentRequestSubmit}")
    @Description("Sends a DRAFT (the nightly run's) to the supplier: REQUESTED. WRONG_STATUS otherwise; STALE_VERSION.")
    public Uni<SupplyViews.@NonNull RequestPayload> replenishmentRequestSubmit(
            @Name("id") @Id @NonNull @Description("The request.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return change("replenishmentRequestSubmit", id, expectedVersion, idempotencyKey, (request, scope) -> requests.submit(request, expectedVersion,
                scope));
    }

    @Mutation("replenishmentRequestCancel")
    @RolesAllowed("${newretail.rules.replenishmentRequestCancel}")
    @Description("The store withdraws a DRAFT or REQUESTED request: CANCELLED. WRONG_STATUS otherwise; STALE_VERSION.")
    public Uni<SupplyViews.@NonNull RequestPayload> replenishmentRequestCancel(
            @Name("id") @Id @NonNull @Description("The request.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return change("replenishmentRequestCancel", id, expectedVersion, idempotencyKey, (request, scope) -> requests.cancel(request, expectedVersion,
                scope));
    }

    @Mutation("replenishmentRequestApprove")
    @RolesAllowed("${newretail.rules.replenishmentRequestApprove}")
    @Description("The supplying side approves a REQUESTED request: a DRAFT stock transfer of its lines from the supplier to the store is created "
            + "in the same transaction (ship and receive it as any transfer). NOT_FOUND when the supplier is outside your scope; "
            + "TRANSFER_REFUSED with inventory's reason.")
    public Uni<SupplyViews.@NonNull RequestPayload> replenishmentRequestApprove(
            @Name("id") @Id @NonNull @Description("The request.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("note") @Description("At most 500 characters.") String note,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return change("replenishmentRequestApprove", id, expectedVersion, idempotencyKey, (request, scope) -> requests.approve(request, expectedVersion,
                note, scope, actor()));
    }

    @Mutation("replenishmentRequestReject")
    @RolesAllowed("${newretail.rules.replenishmentRequestReject}")
    @Description("The supplying side turns a REQUESTED request down, saying why: REJECTED.")
    public Uni<SupplyViews.@NonNull RequestPayload> replenishmentRequestReject(
            @Name("id") @Id @NonNull @Description("The request.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("note") @NonNull @Description("Why, 1-500 characters.") String note,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return change("replenishmentRequestReject", id, expectedVersion, idempotencyKey, (request, scope) -> requests.reject(request, expectedVersion,
                note, scope, actor()));
    }

    private interface Change {
        Uni<com.newretail.platform.mutation.Outcome<Long>> apply(long request, DataScope scope);
    }

    private Uni<SupplyViews.RequestPayload> change(String operation, String id, int expectedVersion, String idempotencyKey, Change change) {
        return frame.guard(SupplyViews.RequestPayload.KIND, () -> {
            long request = GlobalId.decodeAt(id, ReplenishmentRequest.TYPE, "id");
            return callerScope.current().chain(scope -> frame.once(SupplyViews.RequestPayload.KIND, operation, idempotencyKey,
                    Call.<Long, SupplyViews.RequestPayload>of(Map.of("id", id, "expectedVersion", expectedVersion), () -> change.apply(request, scope),
                            done -> Call.Audit.of(null, Map.of("request", request)))));
        });
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
