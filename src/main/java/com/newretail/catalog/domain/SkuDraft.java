package com.newretail.catalog.domain;

import java.math.BigDecimal;
import java.util.List;

/** A SKU as a client sent it; attributes are "name=value" pairs. */
public record SkuDraft(String code, String barcode, List<String> attributes, BigDecimal retailPrice, String currency) {
}
