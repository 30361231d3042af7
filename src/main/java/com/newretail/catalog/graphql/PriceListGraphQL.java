package com.newretail.catalog.graphql;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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
import com.newretail.catalog.domain.CatalogErrorCode;
import com.newretail.catalog.domain.CatalogProblem;
import com.newretail.catalog.domain.PriceListService;
import com.newretail.catalog.persistence.PriceReader;
import com.newretail.organization.api.OrgUnitViews;
import com.newretail.organization.graphql.OrgUnit;
import com.newretail.platform.graphql.Connections;
import com.newretail.platform.graphql.Cursor;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.InvalidGlobalIdException;
import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.mutation.MutationFrame;
import com.newretail.platform.mutation.Outcome;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Price lists and price resolution. A list for one org unit is managed by whoever has that unit in
 * scope; a list for a whole level only with an hq-wide scope. Prices are read for units in scope.
 */
@GraphQLApi
public class PriceListGraphQL {

    private final PriceReader prices;
    private final PriceListService service;
    private final CallerScope callerScope;
    private final OrgUnitViews orgUnits;
    private final SkuCatalog skus;
    private final MutationFrame frame;
    private final SecurityIdentity identity;

    public PriceListGraphQL(PriceReader prices, PriceListService service, CallerScope callerScope, OrgUnitViews orgUnits,
            SkuCatalog skus, MutationFrame frame, SecurityIdentity identity) {
        this.prices = prices;
        this.service = service;
        this.callerScope = callerScope;
        this.orgUnits = orgUnits;
        this.skus = skus;
        this.frame = frame;
        this.identity = identity;
    }

    @Query("price")
    @RolesAllowed("${newretail.rules.price}")
    @Description("The price of a SKU for an org unit at an instant (now by default): the price list assigned to the unit "
            + "or its nearest ancestor, else the list for the unit's level, else the retail price; among lists of the same "
            + "rank the latest `validFrom` wins. Null when the SKU or the org unit (in your scope) does not exist.")
    public Uni<ResolvedPrice> price(
            @Name("skuId") @Id @NonNull @Description("The SKU.") String skuId,
            @Name("orgUnitId") @Id @NonNull @Description("The org unit buying or selling.") String orgUnitId,
            @Name("at") @Description("The instant; now when omitted.") OffsetDateTime at) {
        long sku = GlobalId.decode(skuId, Sku.TYPE);
        long unit = GlobalId.decode(orgUnitId, OrgUnit.TYPE);
        return callerScope.current().chain(scope -> orgUnits.visible(unit, scope)).chain(visible -> !visible ? Uni.createFrom().nullItem()
                : prices.resolve(List.of(sku), unit, at == null ? OffsetDateTime.now() : at)
                        .map(found -> found.containsKey(sku) ? new ResolvedPrice(found.get(sku)) : null));
    }

    @Query("priceLists")
    @RolesAllowed("${newretail.rules.priceLists}")
    @Description("Price lists you may see, newest first: level lists, lists of units in your scope and of the units above yours.")
    public Uni<@NonNull PriceListConnection> priceLists(
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        Long before = page.afterId();
        return callerScope.current().chain(scope -> prices.priceLists(scope, null, before, page.fetchSize()))
                .map(rows -> Connections.of(rows, page, row -> Cursor.encode(row.id()),
                        (row, cursor) -> new PriceListConnection.Edge(new PriceList(row), cursor), PriceListConnection::new));
    }

    @Name("items")
    @NonNull
    @Description("The list's prices by SKU.")
    public Uni<@NonNull PriceListItemConnection> items(@Source PriceList priceList,
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        return prices.items(priceList.row().id(), page.afterId(), page.fetchSize())
                .map(rows -> Connections.of(rows, page, row -> Cursor.encode(row.skuId()),
                        (row, cursor) -> new PriceListItemConnection.Edge(new PriceListItem(row, priceList.row().currency()), cursor),
                        PriceListItemConnection::new));
    }

    @Name("orgUnit")
    @Description("The org unit it is assigned to; null for a level list.")
    public Uni<List<OrgUnit>> priceListOrgUnit(@Source List<PriceList> lists) {
        // Visible lists' units are in scope or above the caller's unit; showing them is what makes the list readable.
        return orgUnits.views(lists.stream().map(l -> l.row().orgUnitId()).filter(id -> id != null).distinct().toList(), DataScope.all())
                .map(found -> lists.stream().map(l -> l.row().orgUnitId() == null ? null : found.get(l.row().orgUnitId())).toList());
    }

    @Name("sku")
    @NonNull
    @Description("The SKU.")
    public Uni<List<@NonNull Sku>> itemSku(@Source List<PriceListItem> items) {
        return skus.views(items.stream().map(i -> i.row().skuId()).distinct().toList())
                .map(found -> items.stream().map(i -> found.get(i.row().skuId())).toList());
    }

    @Name("priceList")
    @Description("The price list the price comes from; null for the retail price.")
    public Uni<PriceList> resolvedFrom(@Source ResolvedPrice price) {
        return price.row().priceListId() == null ? Uni.createFrom().nullItem()
                : prices.priceLists(DataScope.all(), List.of(price.row().priceListId()), null, 1)
                        .map(rows -> rows.isEmpty() ? null : new PriceList(rows.get(0)));
    }

    @Name("priceList")
    @Description("The price list as it is now; null when there are userErrors.")
    public Uni<PriceList> payloadPriceList(@Source PriceListPayload payload) {
        return payload.priceListId() == null ? Uni.createFrom().nullItem()
                : prices.priceLists(DataScope.all(), List.of(payload.priceListId()), null, 1)
                        .map(rows -> rows.isEmpty() ? null : new PriceList(rows.get(0)));
    }

    @Mutation("priceListCreate")
    @RolesAllowed("${newretail.rules.priceListCreate}")
    @Description("Creates a price list for an org unit in your scope (and the units below it), or, with an hq-wide scope, for a level.")
    public Uni<@NonNull PriceListPayload> priceListCreate(
            @Name("input") @NonNull @Description("Code, name, target and validity.") CatalogInputs.PriceListInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(PriceListPayload.KIND, () -> {
            Long unit = GlobalId.decodeOptionalAt(input.orgUnitId, OrgUnit.TYPE, "input", "orgUnitId");
            PriceListService.PriceListDraft draft = new PriceListService.PriceListDraft(input.code, input.name, input.currency, unit,
                    input.level == null ? null : input.level.name(), input.validFrom, input.validTo);
            return callerScope.current().chain(scope -> (unit == null ? Uni.createFrom().item(scope.isAll()) : orgUnits.visible(unit, scope))
                    .chain(allowed -> !allowed
                            ? refused(unit == null ? CatalogErrorCode.INVALID_VALUE : CatalogErrorCode.NOT_FOUND,
                                    unit == null ? "Only an hq-wide scope may price a whole level" : "No such org unit", "input",
                                    unit == null ? "level" : "orgUnitId")
                            : run("priceListCreate", draft, idempotencyKey, unit, () -> service.create(draft, identity.getPrincipal().getName()))));
        });
    }

    @Mutation("priceListItemsSet")
    @RolesAllowed("${newretail.rules.priceListItemsSet}")
    @Description("Sets the prices of up to 1000 SKUs on a list (adds or replaces). Any bad row refuses them all, each "
            + "reported with its index.")
    public Uni<@NonNull PriceListPayload> priceListItemsSet(
            @Name("priceListId") @Id @NonNull @Description("The price list.") String priceListId,
            @Name("items") @NonNull @Description("SKU and price per row.") List<CatalogInputs.@NonNull PriceListItemInput> items,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(PriceListPayload.KIND, () -> {
            long list = GlobalId.decodeAt(priceListId, PriceList.TYPE, "priceListId");
            List<PriceListService.PriceItem> rows = new ArrayList<>();
            List<CatalogProblem> badIds = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                try {
                    rows.add(new PriceListService.PriceItem(GlobalId.decode(items.get(i).skuId, Sku.TYPE),
                            items.get(i).amount == null ? null : items.get(i).amount.value()));
                } catch (InvalidGlobalIdException e) {
                    badIds.add(CatalogProblem.of(CatalogErrorCode.INVALID_ID, e.getMessage(), "items", String.valueOf(i), "skuId"));
                }
            }
            if (!badIds.isEmpty()) {
                return Uni.createFrom().item(PriceListPayload.KIND.refusedBy(badIds));
            }
            return callerScope.current().chain(scope -> prices.priceLists(DataScope.all(), List.of(list), null, 1).chain(found -> {
                if (found.isEmpty()) {
                    return refused(CatalogErrorCode.NOT_FOUND, "No such price list", "priceListId");
                }
                Long unit = found.get(0).orgUnitId();
                return (unit == null ? Uni.createFrom().item(scope.isAll()) : orgUnits.visible(unit, scope)).chain(allowed -> !allowed
                        ? refused(CatalogErrorCode.NOT_FOUND, "No such price list", "priceListId")
                        : run("priceListItemsSet", List.of(list, rows), idempotencyKey, unit, () -> service.setItems(list, rows)));
            }));
        });
    }

    private Uni<PriceListPayload> run(String operation, Object request, String idempotencyKey, Long auditOrgUnit,
            Supplier<Uni<Outcome<Long>>> action) {
        String recorded = String.valueOf(request);
        return frame.once(PriceListPayload.KIND, operation, request, idempotencyKey, auditOrgUnit,
                Map.of("request", recorded.length() > 500 ? recorded.substring(0, 500) : recorded), action::get);
    }

    private static Uni<PriceListPayload> refused(CatalogErrorCode code, String message, String... field) {
        return PriceListPayload.KIND.refusedNow(CatalogProblem.of(code, message, field));
    }
}
