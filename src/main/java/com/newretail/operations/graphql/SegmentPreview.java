package com.newretail.operations.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.customer.graphql.Customer;

/** What a rule selects now. */
@Type("SegmentPreview")
@Description("Who a rule selects now within your data scope: how many, and a sample (newest members first).")
public record SegmentPreview(
        @NonNull @Description("The rule in words.") String ruleText,
        @NonNull @Description("How many members meet it.") int count,
        @NonNull @Description("Some of them, newest first.") List<@NonNull Customer> sample) {
}
