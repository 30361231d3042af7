package com.newretail.operations.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.operations.domain.market.MarketPrices.Observation;
import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/** Writes of market price observations, in the current transaction. */
@ApplicationScoped
public class MarketPriceStore {

    private static final String INSERT = """
            INSERT INTO market_price (sku_id, product_name, org_unit_id, channel, price, observed_on, source, note, observed_by)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id""";

    public Uni<Long> insert(Observation o, String actor) {
        return NativeSql.longValue(INSERT, o.skuId(), o.productName() == null || o.productName().isBlank() ? null : o.productName().trim(),
                o.orgUnitId(), o.channel().name(), o.price(), o.observedOn(), o.source().trim(), o.note(), actor);
    }
}
