package com.newretail.customer.graphql;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.customer.domain.TagKind;

/** A tag on a customer. */
@Type("CustomerTag")
@Description("A tag on a customer: set by staff (MANUAL) or by a rule of the service (SYSTEM).")
public record CustomerTag(
        @NonNull @Description("The tag.") String name,
        @NonNull @Description("Who set it.") TagKind kind,
        @NonNull @Description("When it was set.") OffsetDateTime createdAt) {
}
