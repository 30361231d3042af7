package com.newretail.catalog.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.catalog.domain.CatalogStatus;
import com.newretail.catalog.graphql.Category;
import com.newretail.catalog.graphql.Sku;
import com.newretail.catalog.persistence.CatalogReader;
import com.newretail.catalog.persistence.NamedRow;
import com.newretail.catalog.persistence.SkuRow;

import io.smallrye.mutiny.Uni;

/** What other modules may ask the catalog: which SKUs exist and are sellable, and their GraphQL views. */
@ApplicationScoped
public class SkuCatalog {

    private final CatalogReader reader;

    public SkuCatalog(CatalogReader reader) {
        this.reader = reader;
    }

    /** For each requested id that exists: whether the SKU (and so its product) is active. */
    public Uni<Map<Long, Boolean>> activeByIds(List<Long> skuIds) {
        return reader.skusByIds(skuIds).map(rows -> rows.stream()
                .collect(Collectors.toMap(SkuRow::id, row -> row.status() == CatalogStatus.ACTIVE, (a, b) -> a, HashMap::new)));
    }

    /**
     * SKUs whose product is in the category or one of its descendants: all of them when {@code skuIds}
     * is null, else those of {@code skuIds}. Null when there is no such category.
     */
    public Uni<java.util.Set<Long>> skusInCategory(long categoryId, List<Long> skuIds) {
        return reader.skusInCategory(categoryId, skuIds);
    }

    /** Retail price of each SKU that exists. */
    public Uni<Map<Long, java.math.BigDecimal>> retailPrices(List<Long> skuIds) {
        return reader.skusByIds(skuIds).map(rows -> rows.stream().collect(Collectors.toMap(SkuRow::id, SkuRow::retailPrice)));
    }

    /** SKU ids of the barcodes that exist, current or replaced but still valid (the POS scanner's lookup, one statement). */
    public Uni<Map<String, Long>> idsByBarcodes(List<String> barcodes) {
        return barcodes.isEmpty() ? Uni.createFrom().item(Map.of())
                : reader.skuIdsByBarcodes(barcodes);
    }

    /** The category of each SKU whose product has one (one statement). */
    public Uni<Map<Long, Long>> categoryIdsOfSkus(List<Long> skuIds) {
        return skuIds.isEmpty() ? Uni.createFrom().item(Map.of()) : reader.categoryIdsOfSkus(skuIds);
    }

    /** GraphQL views of categories, for fields of other modules' types (one statement for all ids). */
    public Uni<Map<Long, Category>> categories(List<Long> categoryIds) {
        return categoryIds.isEmpty() ? Uni.createFrom().item(Map.of())
                : reader.named("category", categoryIds).map(rows -> rows.stream().collect(Collectors.toMap(NamedRow::id, Category::new)));
    }

    /** GraphQL views of SKUs, for fields of other modules' types (one statement for all ids). */
    public Uni<Map<Long, Sku>> views(List<Long> skuIds) {
        return reader.skusByIds(skuIds).map(rows -> rows.stream().collect(Collectors.toMap(SkuRow::id, Sku::new)));
    }
}
