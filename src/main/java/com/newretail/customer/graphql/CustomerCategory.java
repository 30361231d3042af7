package com.newretail.customer.graphql;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.catalog.graphql.Category;
import com.newretail.platform.graphql.Money;

/** What a member bought in one category. */
@Type("CustomerCategory")
@Description("What a member bought in one product category, net of refunds.")
public record CustomerCategory(
        @NonNull @Description("The category.") Category category,
        @NonNull @Description("What they spent in it.") Money spend,
        @NonNull @Description("Units bought.") int units,
        @NonNull @Description("When they last bought in it.") OffsetDateTime lastBoughtAt) {
}
