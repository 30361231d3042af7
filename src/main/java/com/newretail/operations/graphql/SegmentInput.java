package com.newretail.operations.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Fields of {@code segmentCreate} and {@code segmentUpdate}. */
@Input("SegmentInput")
@Description("A segment: its name, what it is for, and its rule.")
public class SegmentInput {
    @NonNull
    @Description("Name, 1-80 characters, unique among live segments.")
    public String name;

    @Description("What the segment is for, at most 500 characters.")
    public String description;

    @NonNull
    @Description("The rule.")
    public SegmentRuleInput rule;
}
