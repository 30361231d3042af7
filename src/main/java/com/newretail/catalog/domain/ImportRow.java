package com.newretail.catalog.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One row of a product import: a SKU and the product it belongs to. Rows with the same product code
 * form one product; the product fields are taken from its first row.
 */
public record ImportRow(String productCode, String productName, String categoryCode, String brandCode, String unit,
        String skuCode, String barcode, List<String> attributes, BigDecimal retailPrice, String currency) {
}
