package com.newretail.operations.persistence;

import java.util.List;

import com.newretail.platform.reads.Codec;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadRoot;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.scope.SqlArgs;

/** The read model of market price observations; seen by the org unit (region) they were made in. */
public final class MarketPriceReadModels {

    public static final ReadModel PRICE = ReadModel.of("MarketPrice", "market_price mp", "mp.id")
            .id("id")
            .one("sku", "Sku", "mp.sku_id")
            .scalar("productName", "mp.product_name", Codec.STRING)
            .one("orgUnit", "OrgUnit", "mp.org_unit_id")
            .scalar("channel", "mp.channel", Codec.ENUM)
            .money("price", "mp.price", "mp.currency")
            .scalar("observedOn", "mp.observed_on", Codec.DATE)
            .scalar("source", "mp.source", Codec.STRING)
            .scalar("note", "mp.note", Codec.STRING)
            .scalar("observedBy", "mp.observed_by", Codec.STRING)
            .scalar("createdAt", "mp.created_at", Codec.DATE_TIME)
            .build();

    static final String FROM = "market_price mp JOIN org_unit mu ON mu.id = mp.org_unit_id";

    private MarketPriceReadModels() {
    }

    public static ReadRoot.Selection byIds(List<Long> ids, DataScope scope, SqlArgs args) {
        return new ReadRoot.Selection(FROM, "mp.id = ANY(" + args.add(ids.toArray(Long[]::new)) + ") AND " + inScope(scope, args), null, List.of());
    }

    /** What a list is narrowed to: our SKU, a region's subtree, a product name, days; null parts are open. */
    public record Filter(Long skuId, Long orgUnitId, String productName, java.time.LocalDate from, java.time.LocalDate to) {
    }

    /** Observations in the scope, newest first, after the cursor's id. */
    public static ReadRoot.Selection prices(Filter filter, DataScope scope, Long afterId, SqlArgs args) {
        StringBuilder where = new StringBuilder(inScope(scope, args));
        if (filter.skuId() != null) {
            where.append(" AND mp.sku_id = ").append(args.add(filter.skuId()));
        }
        if (filter.orgUnitId() != null) {
            where.append(" AND mu.path LIKE (SELECT path FROM org_unit WHERE id = ").append(args.add(filter.orgUnitId())).append(") || '%'");
        }
        if (filter.productName() != null && !filter.productName().isBlank()) {
            where.append(" AND mp.product_name ILIKE ").append(args.add("%" + com.newretail.platform.persistence.Like.escape(filter.productName().trim())
                    + "%"));
        }
        if (filter.from() != null) {
            where.append(" AND mp.observed_on >= ").append(args.add(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND mp.observed_on <= ").append(args.add(filter.to()));
        }
        if (afterId != null) {
            where.append(" AND mp.id < ").append(args.add(afterId));
        }
        return new ReadRoot.Selection(FROM, where.toString(), "mp.id DESC", List.of("mp.id"));
    }

    static String inScope(DataScope scope, SqlArgs args) {
        return "(" + scope.predicate("mu.path", null, args) + ")";
    }
}
