package com.newretail.organization.graphql;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.organization.domain.OrgUnitType;
import com.newretail.organization.persistence.OrgUnitRow;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Node;

/** GraphQL view of an org unit. */
@Type("OrgUnit")
@Description("A unit of the sales channel: headquarters, a regional sales company, a dealer or a store.")
public class OrgUnit implements Node {

    static final String AFTER_CHANGE = "The org unit after the change; null when there are userErrors.";

    public static final String TYPE = "OrgUnit";

    private final OrgUnitRow row;

    public OrgUnit(OrgUnitRow row) {
        this.row = row;
    }

    @Ignore
    public OrgUnitRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    @Description("Globally unique, opaque ID of this org unit.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("Business code, unique in the whole tree (e.g. a store number).")
    public String getCode() {
        return row.code();
    }

    @NonNull
    @Description("Display name.")
    public String getName() {
        return row.name();
    }

    @NonNull
    @Description("Level in the channel tree.")
    public OrgUnitType getType() {
        return row.type();
    }

    @NonNull
    @Description("Distance from headquarters: 0 for headquarters, 1 for a sales company, and so on.")
    public int getDepth() {
        return row.depth();
    }

    @NonNull
    @Description("When the unit was created.")
    public OffsetDateTime getCreatedAt() {
        return row.createdAt();
    }

    @NonNull
    @Description("When the unit was last changed (including moves).")
    public OffsetDateTime getUpdatedAt() {
        return row.updatedAt();
    }
}
