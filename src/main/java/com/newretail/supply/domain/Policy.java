package com.newretail.supply.domain;

/**
 * How a store warehouse (or one SKU there) is replenished: from where, how long supply takes, how many
 * days of sales an order covers once it arrives, an optional min/max (order up to max when the stock in
 * the pipeline falls below min) and the pack size orders are rounded up to.
 */
public record Policy(Long skuId, Long sourceWarehouseId, int leadTimeDays, int coverDays, Integer minQuantity, Integer maxQuantity, int packSize) {

    public static Policy defaults(SupplyConfig config) {
        return new Policy(null, null, config.defaultLeadTimeDays(), config.defaultCoverDays(), null, null, 1);
    }

    public boolean minMax() {
        return minQuantity != null && maxQuantity != null;
    }
}
