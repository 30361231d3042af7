package com.newretail.catalog.domain;

import static com.newretail.catalog.domain.CatalogErrorCode.CODE_TAKEN;
import static com.newretail.catalog.domain.CatalogErrorCode.INVALID_VALUE;
import static com.newretail.catalog.domain.CatalogErrorCode.NOT_FOUND;
import static com.newretail.catalog.domain.CatalogErrorCode.REQUIRED;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.platform.persistence.NativeSql;

import io.smallrye.mutiny.Uni;

/**
 * Price lists and their items. A list targets either one org unit (and so everything below it) or a
 * level of the tree (every unit of a type); the resolution rule is in {@code PriceReader}.
 */
@ApplicationScoped
public class PriceListService {

    public static final int MAX_ITEMS = 1000;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    /** What a new price list applies to and when. */
    public record PriceListDraft(String code, String name, String currency, Long orgUnitId, String orgUnitType,
            OffsetDateTime validFrom, OffsetDateTime validTo) {
    }

    /** One SKU's price on a list. */
    public record PriceItem(long skuId, BigDecimal amount) {
    }

    public Uni<CatalogService.Created> create(PriceListDraft draft, String actor) {
        List<CatalogProblem> problems = new ArrayList<>();
        if (draft.code() == null) {
            problems.add(CatalogProblem.of(REQUIRED, "Code is required", "input", "code"));
        } else if (!CatalogService.CODE.matcher(draft.code()).matches()) {
            problems.add(CatalogProblem.of(INVALID_VALUE, "Code is 1-40 letters, digits, '.', '-' or '_'", "input", "code"));
        }
        if (draft.name() == null || draft.name().isBlank() || draft.name().trim().length() > 120) {
            problems.add(CatalogProblem.of(draft.name() == null ? REQUIRED : INVALID_VALUE, "Name is 1-120 characters", "input", "name"));
        }
        if (draft.currency() != null && !CatalogService.CURRENCY.matcher(draft.currency()).matches()) {
            problems.add(CatalogProblem.of(INVALID_VALUE, "Currency is an ISO 4217 code such as CNY", "input", "currency"));
        }
        if ((draft.orgUnitId() == null) == (draft.orgUnitType() == null)) {
            problems.add(CatalogProblem.of(INVALID_VALUE, "Give either orgUnitId (one unit and below) or orgUnitType (a level)",
                    "input", "orgUnitId"));
        }
        if (draft.validFrom() == null) {
            problems.add(CatalogProblem.of(REQUIRED, "validFrom is required", "input", "validFrom"));
        } else if (draft.validTo() != null && !draft.validTo().isAfter(draft.validFrom())) {
            problems.add(CatalogProblem.of(INVALID_VALUE, "validTo must be after validFrom", "input", "validTo"));
        }
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(new CatalogService.Created(null, problems));
        }
        return NativeSql.scalars("SELECT count(*) FROM price_list WHERE code = ?1", Long.class, draft.code()).chain(taken -> taken.get(0) > 0
                ? Uni.createFrom().item(new CatalogService.Created(null, List.of(CatalogProblem.of(CODE_TAKEN,
                        "Price list code '" + draft.code() + "' is taken", "input", "code"))))
                : NativeSql.scalars("INSERT INTO price_list (code, name, currency, org_unit_id, org_unit_type, valid_from, valid_to, created_by) "
                        + "VALUES (?1, ?2, ?3, nullif(cast(?4 as bigint), 0), nullif(?5, ''), ?6, "
                        + "CASE WHEN cast(?8 as boolean) THEN NULL ELSE cast(?7 as timestamptz) END, ?9) RETURNING id", Long.class,
                        draft.code(), draft.name().trim(), draft.currency() == null ? "CNY" : draft.currency(),
                        draft.orgUnitId() == null ? 0L : draft.orgUnitId(), draft.orgUnitType() == null ? "" : draft.orgUnitType(),
                        draft.validFrom(), draft.validTo() == null ? draft.validFrom() : draft.validTo(), draft.validTo() == null, actor)
                        .map(ids -> new CatalogService.Created(ids.get(0), List.of())));
    }

    /** Sets (adds or replaces) prices of SKUs on a list; any bad row refuses them all. */
    public Uni<CatalogService.Created> setItems(long priceListId, List<PriceItem> items) {
        List<CatalogProblem> problems = new ArrayList<>();
        if (items == null || items.isEmpty()) {
            problems.add(CatalogProblem.of(REQUIRED, "At least one item is required", "items"));
        } else if (items.size() > MAX_ITEMS) {
            problems.add(CatalogProblem.of(INVALID_VALUE, "At most " + MAX_ITEMS + " items per call", "items"));
        } else {
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                PriceItem item = items.get(i);
                if (!validAmount(item.amount())) {
                    problems.add(CatalogProblem.of(INVALID_VALUE, "Amount must be 0 or more, with at most 2 decimals", "items",
                            String.valueOf(i), "amount"));
                }
                if (!seen.add(item.skuId())) {
                    problems.add(CatalogProblem.of(INVALID_VALUE, "SKU repeated", "items", String.valueOf(i), "skuId"));
                }
            }
        }
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(new CatalogService.Created(null, problems));
        }
        Long[] skuIds = items.stream().map(PriceItem::skuId).toArray(Long[]::new);
        return NativeSql.scalars("SELECT id FROM sku WHERE id = ANY(cast(?1 as bigint[]))", Long.class, (Object) skuIds).chain(found -> {
            Set<Long> existing = new HashSet<>(found);
            List<CatalogProblem> unknown = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (!existing.contains(items.get(i).skuId())) {
                    unknown.add(CatalogProblem.of(NOT_FOUND, "No such SKU", "items", String.valueOf(i), "skuId"));
                }
            }
            if (!unknown.isEmpty()) {
                return Uni.createFrom().item(new CatalogService.Created(null, unknown));
            }
            return NativeSql.update("INSERT INTO price_list_item (price_list_id, sku_id, amount) SELECT ?1, s, cast(a as numeric(14, 2)) "
                    + "FROM unnest(cast(?2 as bigint[]), cast(?3 as text[])) AS t(s, a) ORDER BY s "
                    + "ON CONFLICT (price_list_id, sku_id) DO UPDATE SET amount = EXCLUDED.amount, updated_at = now()",
                    priceListId, skuIds, items.stream().map(item -> item.amount().toPlainString()).toArray(String[]::new))
                    .map(ignored -> new CatalogService.Created(priceListId, List.of()));
        });
    }

    static boolean validAmount(BigDecimal amount) {
        return amount != null && amount.signum() >= 0 && amount.stripTrailingZeros().scale() <= 2 && amount.compareTo(MAX_AMOUNT) <= 0;
    }
}
