package com.newretail.supply.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.analytics.api.SalesVelocity;
import com.newretail.inventory.api.StockSupply;
import com.newretail.supply.persistence.SupplyReader;
import com.newretail.supply.persistence.SupplyReader.PolicyRow;

import io.smallrye.mutiny.Uni;

/**
 * Suggestions for a store warehouse, computed now from its stock, what is on the way and requested, the
 * store's recent sales and the warehouse's policy (see {@link SuggestionCalculator} for the rule).
 */
@ApplicationScoped
public class ReplenishmentSuggestions {

    /** A warehouse's suggestions (only SKUs to order, fewest days of sales first) and the policies they used. */
    public record Plan(StockSupply.Warehouse warehouse, Policy defaults, List<Suggestion> suggestions) {
    }

    private final StockSupply stock;
    private final SalesVelocity velocity;
    private final SupplyReader reader;
    private final SupplyConfig config;

    public ReplenishmentSuggestions(StockSupply stock, SalesVelocity velocity, SupplyReader reader, SupplyConfig config) {
        this.stock = stock;
        this.velocity = velocity;
        this.reader = reader;
        this.config = config;
    }

    /** For a store warehouse; SKUs that need nothing are left out. */
    public Uni<Plan> plan(StockSupply.Warehouse warehouse, LocalDate today) {
        return Uni.combine().all().unis(stock.positions(warehouse.id()), velocity.recentSales(warehouse.orgUnitId(), today),
                reader.policies(warehouse.id()), reader.requested(warehouse.id())).asTuple().map(t -> {
                    Map<Long, StockSupply.Position> positions = new HashMap<>();
                    t.getItem1().forEach(p -> positions.put(p.skuId(), p));
                    Map<Long, SalesVelocity.Recent> sales = t.getItem2();
                    Policy defaults = Policy.defaults(config);
                    Map<Long, Policy> bySku = new HashMap<>();
                    for (PolicyRow row : t.getItem3()) {
                        Policy policy = new Policy(row.skuId(), row.sourceWarehouseId(), row.leadTimeDays(), row.coverDays(), row.minQuantity(),
                                row.maxQuantity(), row.packSize());
                        if (row.skuId() == null) {
                            defaults = policy;
                        } else {
                            bySku.put(row.skuId(), policy);
                        }
                    }
                    Map<Long, Integer> requested = t.getItem4();
                    TreeSet<Long> skus = new TreeSet<>(positions.keySet());
                    skus.addAll(sales.keySet());
                    skus.addAll(bySku.keySet());
                    Policy fallback = defaults;
                    List<Suggestion> suggestions = skus.stream().map(sku -> {
                        StockSupply.Position p = positions.getOrDefault(sku, new StockSupply.Position(sku, 0, 0, 0, 0));
                        SalesVelocity.Recent recent = sales.getOrDefault(sku, new SalesVelocity.Recent(0, 0));
                        return SuggestionCalculator.suggest(sku, p.onHand(), p.available(), p.inbound(), requested.getOrDefault(sku, 0), p.safetyStock(),
                                recent.last7Days(), recent.last28Days(), bySku.getOrDefault(sku, fallback));
                    }).filter(s -> s.quantity() > 0).sorted(Comparator.comparing(Suggestion::daysOfCover,
                            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Suggestion::skuId)).toList();
                    return new Plan(warehouse, defaults, suggestions);
                });
    }
}
