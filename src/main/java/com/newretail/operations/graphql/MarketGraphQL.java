package com.newretail.operations.graphql;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

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

import com.newretail.catalog.api.Prices;
import com.newretail.catalog.api.SkuCatalog;
import com.newretail.catalog.graphql.Sku;
import com.newretail.operations.domain.market.MarketPrices;
import com.newretail.operations.persistence.MarketPriceReadModels;
import com.newretail.operations.persistence.MarketPriceReader;
import com.newretail.organization.api.OrgUnitViews;
import com.newretail.organization.graphql.OrgUnit;
import com.newretail.platform.graphql.Connections;
import com.newretail.platform.graphql.Cursor;
import com.newretail.platform.graphql.DecimalValue;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.InvalidArgumentException;
import com.newretail.platform.graphql.Money;
import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.mutation.Call;
import com.newretail.platform.mutation.MutationFrame;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.scope.DataScope;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Market data: price observations recorded by stores and marketing, and our price against the market over time. */
@GraphQLApi
public class MarketGraphQL {

    private static final int MAX_DAYS = 400;

    private final MarketPriceReader reader;
    private final MarketPrices prices;
    private final Prices ourPrices;
    private final CallerScope callerScope;
    private final MutationFrame frame;
    private final SecurityIdentity identity;
    private final OrgUnitViews orgUnits;
    private final SkuCatalog catalog;
    private final ZoneId zone;

    public MarketGraphQL(MarketPriceReader reader, MarketPrices prices, Prices ourPrices, CallerScope callerScope, MutationFrame frame,
            SecurityIdentity identity, OrgUnitViews orgUnits, SkuCatalog catalog,
            @ConfigProperty(name = "newretail.retail.time-zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this.reader = reader;
        this.prices = prices;
        this.ourPrices = ourPrices;
        this.callerScope = callerScope;
        this.frame = frame;
        this.identity = identity;
        this.orgUnits = orgUnits;
        this.catalog = catalog;
        this.zone = zone;
    }

    @Query("marketPrices")
    @RolesAllowed("${newretail.rules.marketPrices}")
    @Description("Market price observations made in your data scope, newest first: of our SKU, under an org unit, by product name, in days.")
    public Uni<@NonNull MarketPriceConnection> marketPrices(
            @Name("skuId") @Id @Description("Only of our SKU.") String skuId,
            @Name("orgUnitId") @Id @Description("Only made in this org unit's subtree.") String orgUnitId,
            @Name("productName") @Description("Only of competitor products whose name contains this.") String productName,
            @Name("from") @Description("Seen on or after this day.") LocalDate from,
            @Name("to") @Description("Seen on or before this day.") LocalDate to,
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        MarketPriceReadModels.Filter filter = filter(skuId, orgUnitId, productName, from, to);
        return callerScope.current().chain(scope -> reader.prices(filter, scope, page.afterId(), page.fetchSize()))
                .map(rows -> Connections.of(rows, page, row -> Cursor.encode(row.id()),
                        (row, cursor) -> new MarketPriceConnection.Edge(new MarketPrice(row), cursor), MarketPriceConnection::new));
    }

    static MarketPriceReadModels.Filter filter(String skuId, String orgUnitId, String productName, LocalDate from, LocalDate to) {
        return new MarketPriceReadModels.Filter(skuId == null ? null : GlobalId.decode(skuId, Sku.TYPE),
                orgUnitId == null ? null : GlobalId.decode(orgUnitId, OrgUnit.TYPE), productName, from, to);
    }

    @Query("priceComparison")
    @RolesAllowed("${newretail.rules.priceComparison}")
    @Description("Our price vs the market for one SKU in a region (an org unit in your scope and its subtree), per week or month with "
            + "observations, over at most 400 days; no points for a region outside your scope.")
    public Uni<MarketViews.@NonNull Comparison> priceComparison(
            @Name("skuId") @Id @NonNull @Description("Our SKU.") String skuId,
            @Name("orgUnitId") @Id @NonNull @Description("The region.") String orgUnitId,
            @Name("from") @NonNull @Description("First day.") LocalDate from,
            @Name("to") @NonNull @Description("Last day.") LocalDate to,
            @Name("interval") @DefaultValue("MONTH") @Description("Weeks or months.") MarketViews.Interval interval) {
        long sku = GlobalId.decode(skuId, Sku.TYPE);
        long unit = GlobalId.decode(orgUnitId, OrgUnit.TYPE);
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidArgumentException("'to' is on or after 'from', at most " + MAX_DAYS + " days later");
        }
        // An org unit outside the scope shows nothing, as an unknown one does.
        return callerScope.current().chain(scope -> orgUnits.visible(unit, scope)).chain(visible -> !visible
                ? Uni.createFrom().item(List.<MarketPriceReader.Period>of())
                : reader.market(sku, unit, interval.name().toLowerCase(java.util.Locale.ROOT), from, to)).chain(periods -> Multi.createFrom().iterable(periods).onItem().transformToUniAndConcatenate(period -> {
            LocalDate end = interval == MarketViews.Interval.WEEK ? period.start().plusDays(6) : period.start().plusMonths(1).minusDays(1);
            LocalDate at = end.isAfter(to) ? to : end;
            return ourPrices.resolve(List.of(sku), unit, at.atTime(OffsetTime.of(23, 59, 59, 0, zone.getRules().getOffset(at.atStartOfDay()))))
                    .map(found -> point(period, found.get(sku)));
        }).collect().asList()).map(MarketViews.Comparison::new);
    }

    private static MarketViews.Point point(MarketPriceReader.Period period, Prices.UnitPrice ours) {
        BigDecimal gap = ours == null || period.avg().signum() == 0 ? null
                : ours.amount().subtract(period.avg()).multiply(BigDecimal.valueOf(100)).divide(period.avg(), 1, RoundingMode.HALF_UP);
        return new MarketViews.Point(period.start(), ours == null ? null : new Money(ours.amount(), ours.currency()),
                new Money(period.min(), period.currency()), new Money(period.avg(), period.currency()), new Money(period.max(), period.currency()),
                period.observations(), gap == null ? null : new DecimalValue(gap));
    }

    @Name("sku")
    @Description("Our SKU; null for a competitor's product.")
    public Uni<List<Sku>> sku(@Source List<MarketPrice> list) {
        List<Long> ids = list.stream().map(p -> p.row().skuId()).toList();
        return catalog.views(ids.stream().filter(java.util.Objects::nonNull).distinct().toList())
                .map(found -> ids.stream().map(id -> id == null ? null : found.get(id)).toList());
    }

    @Name("orgUnit")
    @NonNull
    @Description("The region or store it was seen in.")
    public Uni<List<@NonNull OrgUnit>> orgUnit(@Source List<MarketPrice> list) {
        List<Long> ids = list.stream().map(p -> p.row().orgUnitId()).toList();
        return orgUnits.views(ids.stream().distinct().toList(), DataScope.all()).map(found -> ids.stream().map(found::get).toList());
    }

    @Name("marketPrice")
    @Description("The observation; null when there are userErrors.")
    public Uni<MarketPrice> payloadPrice(@Source MarketViews.PricePayload payload) {
        return payload.priceId() == null ? Uni.createFrom().nullItem()
                : reader.byIds(List.of(payload.priceId()), DataScope.all()).map(rows -> rows.isEmpty() ? null : new MarketPrice(rows.get(0)));
    }

    @Mutation("marketPriceRecord")
    @RolesAllowed("${newretail.rules.marketPriceRecord}")
    @Description("Records a price seen in the market, in an org unit of your scope. INVALID_VALUE names the field at fault; NOT_FOUND for an "
            + "unknown SKU or an org unit outside your scope.")
    public Uni<MarketViews.@NonNull PricePayload> marketPriceRecord(
            @Name("input") @NonNull @Description("The observation.") MarketViews.PriceInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(MarketViews.PricePayload.KIND, () -> {
            MarketPrices.Observation observation = new MarketPrices.Observation(
                    GlobalId.decodeOptionalAt(input.skuId, Sku.TYPE, "input", "skuId"), input.productName,
                    GlobalId.decodeAt(input.orgUnitId, OrgUnit.TYPE, "input", "orgUnitId"), input.channel, input.price, input.observedOn,
                    input.source, input.note);
            return callerScope.current().chain(scope -> frame.once(MarketViews.PricePayload.KIND, "marketPriceRecord", idempotencyKey,
                    Call.<Long, MarketViews.PricePayload>of(observation, () -> prices.record(observation, LocalDate.now(zone), scope,
                            identity.getPrincipal().getName()), id -> Call.Audit.of(observation.orgUnitId(), Map.of("price",
                                    observation.price().toPlainString(), "source", observation.source())))));
        });
    }
}
