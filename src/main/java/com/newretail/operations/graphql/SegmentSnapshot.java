package com.newretail.operations.graphql;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.operations.persistence.SegmentReader.SnapshotRow;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Node;

/** GraphQL view of a segment snapshot. */
@Type("SegmentSnapshot")
@Description("Who met a segment's rule at one moment (within the data scope of whoever took it): what a task targets and reports refer to.")
public class SegmentSnapshot implements Node {

    public static final String TYPE = "SegmentSnapshot";

    private final SnapshotRow row;

    public SegmentSnapshot(SnapshotRow row) {
        this.row = row;
    }

    @Ignore
    public SnapshotRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    @Description("Globally unique, opaque ID of this snapshot.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("The segment's rule in words when the snapshot was taken.")
    public String getRuleText() {
        return row.ruleText();
    }

    @NonNull
    @Description("How many members it holds.")
    public int getMemberCount() {
        return row.memberCount();
    }

    @NonNull
    @Description("Who took it.")
    public String getTakenBy() {
        return row.takenBy();
    }

    @NonNull
    @Description("When it was taken.")
    public OffsetDateTime getTakenAt() {
        return row.takenAt();
    }
}
