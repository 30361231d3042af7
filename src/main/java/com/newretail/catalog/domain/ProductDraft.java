package com.newretail.catalog.domain;

import java.util.List;

/** A new product with its SKUs, as a client sent it. */
public record ProductDraft(String code, String name, String description, Long categoryId, Long brandId, String unit,
        List<SkuDraft> skus) {
}
