package com.newretail.operations.graphql;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.operations.persistence.SegmentReader.SegmentRow;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Node;

/** GraphQL view of a segment. */
@Type("Segment")
@Description("A named rule over members (tags, tier, home store subtree, spend, orders, recency, categories bought, consent), "
        + "evaluated in the database when previewed or snapshotted.")
public class Segment implements Node {

    public static final String TYPE = "Segment";

    private final SegmentRow row;

    public Segment(SegmentRow row) {
        this.row = row;
    }

    @Ignore
    public SegmentRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    @Description("Globally unique, opaque ID of this segment.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("Name, unique among live segments.")
    public String getName() {
        return row.name();
    }

    @Description("What the segment is for.")
    public String getDescription() {
        return row.description();
    }

    @NonNull
    @Description("The rule as JSON in the shape of SegmentRuleInput (send it back as `rule` to edit).")
    public String getRule() {
        return row.rule();
    }

    @NonNull
    @Description("The rule in words, e.g. `tag \"VIP\" AND bought in the last 90 days`.")
    public String getRuleText() {
        return row.ruleText();
    }

    @NonNull
    @Description("Increases with every change; send it as `expectedVersion`.")
    public int getVersion() {
        return row.version();
    }

    @NonNull
    @Description("Who created it.")
    public String getCreatedBy() {
        return row.createdBy();
    }

    @NonNull
    @Description("When it was created.")
    public OffsetDateTime getCreatedAt() {
        return row.createdAt();
    }

    @NonNull
    @Description("When it last changed.")
    public OffsetDateTime getUpdatedAt() {
        return row.updatedAt();
    }

    @Description("When it was archived; null while live.")
    public OffsetDateTime getArchivedAt() {
        return row.archivedAt();
    }
}
