package com.newretail.catalog.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/** Price lists and their items in the current transaction. */
@ApplicationScoped
public class PriceListStore {

    /** A new list targets one org unit or a level (an org unit type); no end means open-ended. */
    public record NewPriceList(String code, String name, String currency, Long orgUnitId, String orgUnitType, OffsetDateTime validFrom,
            OffsetDateTime validTo, String createdBy) {
    }

    private static final String CODE_TAKEN = "SELECT count(*) FROM price_list WHERE code = ?1";

    private static final String INSERT = """
            INSERT INTO price_list (code, name, currency, org_unit_id, org_unit_type, valid_from, valid_to, created_by)
            VALUES (?1, ?2, ?3, nullif(cast(?4 as bigint), 0), nullif(?5, ''), ?6,
                    CASE WHEN cast(?8 as boolean) THEN NULL ELSE cast(?7 as timestamptz) END, ?9)
            RETURNING id""";

    private static final String EXISTING_SKUS = "SELECT id FROM sku WHERE id = ANY(cast(?1 as bigint[]))";

    /** Adds or replaces prices, in SKU order (so concurrent calls lock items in the same order). */
    private static final String SET_ITEMS = """
            INSERT INTO price_list_item (price_list_id, sku_id, amount)
            SELECT ?1, s, cast(a as numeric(14, 2)) FROM unnest(cast(?2 as bigint[]), cast(?3 as text[])) AS t(s, a) ORDER BY s
            ON CONFLICT (price_list_id, sku_id) DO UPDATE SET amount = EXCLUDED.amount, updated_at = now()""";

    public Uni<Boolean> codeTaken(String code) {
        return NativeSql.longValue(CODE_TAKEN, code).map(count -> count > 0);
    }

    public Uni<Long> insert(NewPriceList list) {
        return NativeSql.longValue(INSERT, list.code(), list.name(), list.currency(), list.orgUnitId() == null ? 0L : list.orgUnitId(),
                list.orgUnitType() == null ? "" : list.orgUnitType(), list.validFrom(),
                list.validTo() == null ? list.validFrom() : list.validTo(), list.validTo() == null, list.createdBy());
    }

    /** Which of these SKU ids exist. */
    public Uni<Set<Long>> existingSkus(List<Long> skuIds) {
        return NativeSql.scalars(EXISTING_SKUS, Long.class, (Object) skuIds.toArray(Long[]::new)).map(HashSet::new);
    }

    public Uni<Integer> setItems(long priceListId, List<Long> skuIds, List<BigDecimal> amounts) {
        return NativeSql.update(SET_ITEMS, priceListId, skuIds.toArray(Long[]::new),
                amounts.stream().map(BigDecimal::toPlainString).toArray(String[]::new));
    }
}
