package com.newretail.catalog.domain;

import org.eclipse.microprofile.graphql.Description;

/** Whether a product or SKU may be sold. */
@Description("Whether a product or SKU may be sold and stocked.")
public enum CatalogStatus {
    @Description("On sale.")
    ACTIVE,
    @Description("Withdrawn: cannot be sold; stock history stays.")
    INACTIVE
}
