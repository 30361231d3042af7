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

import com.newretail.catalog.persistence.PriceListStore;
import com.newretail.catalog.persistence.PriceListStore.NewPriceList;
import com.newretail.platform.mutation.Outcome;

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

    private final PriceListStore store;

    public PriceListService(PriceListStore store) {
        this.store = store;
    }

    /** One SKU's price on a list. */
    public record PriceItem(long skuId, BigDecimal amount) {
    }

    public Uni<Outcome<Long>> create(PriceListDraft draft, String actor) {
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
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        return store.codeTaken(draft.code()).chain(taken -> taken
                ? Uni.createFrom().item(Outcome.refused(List.of(CatalogProblem.of(CODE_TAKEN,
                        "Price list code '" + draft.code() + "' is taken", "input", "code"))))
                : store.insert(new NewPriceList(draft.code(), draft.name().trim(), draft.currency() == null ? "CNY" : draft.currency(),
                        draft.orgUnitId(), draft.orgUnitType(), draft.validFrom(), draft.validTo(), actor))
                        .map(id -> Outcome.of(id)));
    }

    /** Sets (adds or replaces) prices of SKUs on a list; any bad row refuses them all. */
    public Uni<Outcome<Long>> setItems(long priceListId, List<PriceItem> items) {
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
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        List<Long> skuIds = items.stream().map(PriceItem::skuId).toList();
        return store.existingSkus(skuIds).chain(existing -> {
            List<CatalogProblem> unknown = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (!existing.contains(items.get(i).skuId())) {
                    unknown.add(CatalogProblem.of(NOT_FOUND, "No such SKU", "items", String.valueOf(i), "skuId"));
                }
            }
            if (!unknown.isEmpty()) {
                return Uni.createFrom().item(Outcome.refused(unknown));
            }
            return store.setItems(priceListId, skuIds, items.stream().map(PriceItem::amount).toList())
                    .map(ignored -> Outcome.of(priceListId));
        });
    }

    static boolean validAmount(BigDecimal amount) {
        return amount != null && amount.signum() >= 0 && amount.stripTrailingZeros().scale() <= 2 && amount.compareTo(MAX_AMOUNT) <= 0;
    }
}
