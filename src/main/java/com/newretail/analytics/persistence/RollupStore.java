package com.newretail.analytics.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.analytics.api.SalesFacts;
import com.newretail.platform.persistence.DeferredWrites;
import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/** Upserts into the roll-ups, inside the caller's transaction. */
@ApplicationScoped
public class RollupStore {

    /** Changes to one hour's figures. */
    public record Counts(int orders, int items, BigDecimal sales, int returns, int returnedItems, BigDecimal refunds) {
    }

    private static final String ADD_HOUR = """
            INSERT INTO sales_hourly AS h (store_id, business_date, hour, staff_id, currency, orders, items, sales, returns, returned_items, refunds)
            VALUES (?1, ?2, cast(?3 as integer), cast(?4 as bigint), ?5, ?6, ?7, ?8, ?9, ?10, ?11)
            ON CONFLICT (store_id, business_date, hour, (coalesce(staff_id, 0))) DO UPDATE
                SET orders = h.orders + EXCLUDED.orders, items = h.items + EXCLUDED.items, sales = h.sales + EXCLUDED.sales,
                    returns = h.returns + EXCLUDED.returns, returned_items = h.returned_items + EXCLUDED.returned_items,
                    refunds = h.refunds + EXCLUDED.refunds""";

    /** Lines of one SKU are added up first: one upsert may not touch a row twice. */
    private static final String ADD_SKUS = """
            INSERT INTO sku_sales_daily AS d (store_id, business_date, sku_id, sold, returned, sales)
            SELECT ?1, ?2, t.sku, sum(t.units) * ?6, sum(t.units) * ?7, sum(t.amount) * ?8
            FROM unnest(?3::bigint[], ?4::int[], ?5::numeric[]) AS t(sku, units, amount)
            GROUP BY t.sku
            ON CONFLICT (store_id, business_date, sku_id) DO UPDATE
                SET sold = d.sold + EXCLUDED.sold, returned = d.returned + EXCLUDED.returned, sales = d.sales + EXCLUDED.sales""";

    public Uni<Void> add(long storeId, Long staffId, String currency, LocalDateTime at, Counts counts) {
        return DeferredWrites.write(ADD_HOUR, storeId, at.toLocalDate(), at.getHour(), staffId, currency, counts.orders(), counts.items(),
                counts.sales(), counts.returns(), counts.returnedItems(), counts.refunds());
    }

    /**
     * Adds lines to the SKU roll-up: units count as sold ({@code soldSign} 1, or -1 to take a sale back) or
     * as returned ({@code returnedSign} 1); a sale adds its amounts to sales, anything else takes them off.
     */
    public Uni<Void> addSkus(long storeId, LocalDate day, List<SalesFacts.Line> lines, int soldSign, int returnedSign) {
        if (lines.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int salesSign = soldSign > 0 ? 1 : -1;
        return DeferredWrites.write(ADD_SKUS, storeId, day, lines.stream().map(SalesFacts.Line::skuId).toArray(Long[]::new),
                lines.stream().map(SalesFacts.Line::quantity).toArray(Integer[]::new),
                lines.stream().map(SalesFacts.Line::amount).toArray(BigDecimal[]::new), soldSign, returnedSign, salesSign);
    }
}
