package com.newretail.inventory.api;

/** A quantity of one SKU to move. */
public record StockLine(long skuId, int quantity) {
}
