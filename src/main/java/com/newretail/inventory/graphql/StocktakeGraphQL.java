package com.newretail.inventory.graphql;


import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

import com.newretail.catalog.api.SkuCatalog;
import com.newretail.platform.mutation.Outcome;
import com.newretail.inventory.domain.StocktakeService;
import com.newretail.inventory.persistence.StocktakeReader;
import com.newretail.inventory.persistence.DocumentReader.LineRow;
import com.newretail.inventory.persistence.InventoryReader;
import com.newretail.platform.graphql.Connections;
import com.newretail.platform.graphql.Cursor;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.mutation.MutationFrame;
import com.newretail.platform.graphql.Money;
import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.security.OperationRules;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Stocktakes: start (freeze), record counts in batches, post (or wait for a manager's approval above
 * the threshold), cancel, and the report. Whoever may read the report also sees book quantities of a
 * blind stocktake; counters do not.
 */
@GraphQLApi
public class StocktakeGraphQL {

    private final StocktakeReader reader;
    private final InventoryReader warehouses;
    private final StocktakeService service;
    private final DocumentReads<StocktakeReader.StocktakeRow, Stocktake> reads;
    private final MutationFrame frame;
    private final CallerScope callerScope;
    private final SecurityIdentity identity;
    private final OperationRules rules;
    private final SkuCatalog skus;

    public StocktakeGraphQL(StocktakeReader reader, InventoryReader warehouses, StocktakeService service, MutationFrame frame,
            CallerScope callerScope, SecurityIdentity identity, OperationRules rules, SkuCatalog skus) {
        this.reader = reader;
        this.warehouses = warehouses;
        this.service = service;
        this.frame = frame;
        this.callerScope = callerScope;
        this.reads = DocumentReads.stocktakes(reader, callerScope);
        this.identity = identity;
        this.rules = rules;
        this.skus = skus;
    }

    @Query("stocktake")
    @RolesAllowed("${newretail.rules.stocktake}")
    @Description("A stocktake; null when it does not exist or its warehouse is outside your data scope.")
    public Uni<Stocktake> stocktake(@Name("id") @Id @NonNull @Description("The stocktake.") String id) {
        return reads.one(id);
    }

    @Query("stocktakes")
    @RolesAllowed("${newretail.rules.stocktakes}")
    @Description("Stocktakes within your data scope, newest first.")
    public Uni<@NonNull StocktakeConnection> stocktakes(
            @Name("where") @Description("Filter.") InventoryFilters.StocktakeFilter where,
            @Name("warehouseId") @Id @Deprecated @Description("Deprecated: use `where.warehouseId`.") String warehouseId,
            @Name("status") @Deprecated @Description("Deprecated: use `where.status`.") String status,
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        return reads.page(where == null ? null : where.warehouseId, warehouseId, where == null ? null : where.status, status, first, after,
                StocktakeConnection.Edge::new, StocktakeConnection::new);
    }

    @Query("stocktakeReport")
    @RolesAllowed("${newretail.rules.stocktakeReport}")
    @Description("Totals of a stocktake (counted and uncounted SKUs, units gained and lost, value at retail price, "
            + "whether approval is needed); null when it is not visible to you.")
    public Uni<StocktakeReport> stocktakeReport(@Name("id") @Id @NonNull @Description("The stocktake.") String id) {
        long stocktakeId = GlobalId.decode(id, Stocktake.TYPE);
        return callerScope.current().chain(scope -> reader.stocktakes(List.of(stocktakeId), scope)).chain(rows -> rows.isEmpty()
                ? Uni.createFrom().nullItem()
                : reader.stocktakeTotals(stocktakeId).chain(totals -> skus.retailPrices(totals.variances().stream().map(LineRow::skuId).toList())
                        .map(prices -> new StocktakeReport(new Stocktake(rows.get(0)), totals, new Money(totals.variances().stream()
                                .map(v -> prices.getOrDefault(v.skuId(), BigDecimal.ZERO).multiply(BigDecimal.valueOf(v.quantity())))
                                .reduce(BigDecimal.ZERO, BigDecimal::add), "CNY"), service.approvalThreshold()))));
    }

    @Name("lines")
    @NonNull
    @Description("The SKUs of the stocktake by SKU; book figures are null for counters of an open blind stocktake.")
    public Uni<@NonNull StocktakeLineConnection> lines(@Source Stocktake stocktake,
            @Name("onlyVariances") @Description("Only counted SKUs whose variance is not zero.") @DefaultValue("false") boolean onlyVariances,
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        boolean bookVisible = !stocktake.row().blind() || !List.of("COUNTING", "PENDING_APPROVAL").contains(stocktake.row().status())
                || rules.allows("stocktakeReport", identity);
        return reader.stocktakeLines(stocktake.row().id(), onlyVariances && bookVisible, page.afterId(), page.fetchSize())
                .map(rows -> Connections.of(rows, page, row -> Cursor.encode(row.skuId()),
                        (row, cursor) -> new StocktakeLineConnection.Edge(new StocktakeLine(row, bookVisible), cursor),
                        StocktakeLineConnection::new));
    }

    @Name("stocktake")
    @Description("The stocktake as it is now; null when there are userErrors.")
    public Uni<Stocktake> payloadStocktake(@Source StocktakePayload payload) {
        return reads.ofPayload(payload.stocktakeId());
    }

    @Mutation("stocktakeStart")
    @RolesAllowed("${newretail.rules.stocktakeStart}")
    @Description("Starts a stocktake: freezes the book of the warehouse (or of a category and its subcategories). "
            + "STOCKTAKE_IN_PROGRESS when the warehouse already has an open one.")
    public Uni<@NonNull StocktakePayload> stocktakeStart(
            @Name("input") @NonNull @Description("Warehouse, optional category, blind or not.") InventoryInputs.StocktakeStartInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(StocktakePayload.KIND, () -> {
            long warehouse = GlobalId.decodeAt(String.valueOf(input.warehouseId), Warehouse.TYPE, "input", "warehouseId");
            boolean blind = Boolean.TRUE.equals(input.blind);
            Long category = GlobalId.decodeOptionalAt(input.categoryId, "Category", "input", "categoryId");
            return callerScope.current().chain(scope -> warehouses.warehouses(List.of(warehouse), scope)).chain(found -> found.isEmpty()
                    ? StocktakePayload.KIND.notFound("warehouse", "input", "warehouseId")
                    : frame.once(StocktakePayload.KIND, "stocktakeStart", List.of(warehouse, String.valueOf(category), blind), idempotencyKey,
                            found.get(0).orgUnitId(), Map.of("warehouse", found.get(0).code(), "blind", blind),
                            () -> service.start(warehouse, category, blind, identity.getPrincipal().getName())));
        });
    }

    @Mutation("stocktakeCountsRecord")
    @RolesAllowed("${newretail.rules.stocktakeCountsRecord}")
    @Description("Records one batch of counts; several counters may record batches. Counts of a SKU add up across "
            + "batches unless `replace` is set (a recount).")
    public Uni<@NonNull StocktakePayload> stocktakeCountsRecord(
            @Name("id") @Id @NonNull @Description("The stocktake (COUNTING).") String id,
            @Name("input") @NonNull @Description("The batch.") InventoryInputs.StocktakeCountsInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(StocktakePayload.KIND, () -> {
            List<StocktakeService.Count> counts = input.toCounts();
            boolean replace = Boolean.TRUE.equals(input.replace);
            return onStocktake("stocktakeCountsRecord", id, List.of(String.valueOf(input.batch), replace, counts), idempotencyKey,
                    stocktake -> service.recordCounts(stocktake, input.batch, replace, counts, identity.getPrincipal().getName()));
        });
    }

    @Mutation("stocktakePost")
    @RolesAllowed("${newretail.rules.stocktakePost}")
    @Description("Ends counting. Variances (counted − (frozen + moves since freeze)) are posted at once as STOCKTAKE ledger rows, "
            + "or, when their absolute total is above the threshold, the stocktake waits in PENDING_APPROVAL for `stocktakeApprove`.")
    public Uni<@NonNull StocktakePayload> stocktakePost(
            @Name("id") @Id @NonNull @Description("The stocktake (COUNTING).") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(StocktakePayload.KIND, () -> onStocktake("stocktakePost", id, List.of(expectedVersion), idempotencyKey,
                stocktake -> service.post(stocktake, expectedVersion, identity.getPrincipal().getName())));
    }

    @Mutation("stocktakeApprove")
    @RolesAllowed("${newretail.rules.stocktakeApprove}")
    @Description("A manager approves a stocktake above the threshold; its variances are recomputed and posted now.")
    public Uni<@NonNull StocktakePayload> stocktakeApprove(
            @Name("id") @Id @NonNull @Description("The stocktake (PENDING_APPROVAL).") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(StocktakePayload.KIND, () -> onStocktake("stocktakeApprove", id, List.of(expectedVersion), idempotencyKey,
                stocktake -> service.approve(stocktake, expectedVersion, identity.getPrincipal().getName())));
    }

    @Mutation("stocktakeCancel")
    @RolesAllowed("${newretail.rules.stocktakeCancel}")
    @Description("Cancels an open stocktake; nothing is posted.")
    public Uni<@NonNull StocktakePayload> stocktakeCancel(
            @Name("id") @Id @NonNull @Description("The stocktake.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(StocktakePayload.KIND, () -> onStocktake("stocktakeCancel", id, List.of(expectedVersion), idempotencyKey,
                stocktake -> service.cancel(stocktake, expectedVersion)));
    }

    private Uni<StocktakePayload> onStocktake(String operation, String id, Object request, String idempotencyKey,
            Function<Long, Uni<Outcome<Long>>> change) {
        long stocktakeId = GlobalId.decode(id, Stocktake.TYPE);
        return callerScope.current().chain(scope -> reader.stocktakes(List.of(stocktakeId), scope)).chain(found -> found.isEmpty()
                ? StocktakePayload.KIND.notFound("stocktake", "id")
                : frame.once(StocktakePayload.KIND, operation, List.of(stocktakeId, request), idempotencyKey, found.get(0).orgUnitId(),
                        Map.of("status", found.get(0).status()), () -> change.apply(stocktakeId)));
    }
}
