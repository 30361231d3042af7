package com.newretail.organization.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.organization.persistence.PositionRow;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Node;
import com.newretail.platform.scope.DataScopeKind;

/** GraphQL view of a position. */
@Type("Position")
@Description("A job post, e.g. store manager or shopping guide: the realm roles its holders get and how far they see.")
public class Position implements Node {

    static final String AFTER_CHANGE = "The position after the change (as it was, for a deletion); null when there are userErrors.";

    public static final String TYPE = "Position";

    private final PositionRow row;

    public Position(PositionRow row) {
        this.row = row;
    }

    @Ignore
    public PositionRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    @Description("Globally unique, opaque ID of this position.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("Business code, unique.")
    public String getCode() {
        return row.code();
    }

    @NonNull
    @Description("Display name.")
    public String getName() {
        return row.name();
    }

    @Description("What the job is.")
    public String getDescription() {
        return row.description();
    }

    @NonNull
    @Description("Keycloak realm roles a holder's account gets when provisioned or when moved to this position.")
    public List<@NonNull String> getRealmRoles() {
        return row.realmRoles();
    }

    @NonNull
    @Description("How far holders see from their own org unit (headquarters-wide roles always see everything).")
    public DataScopeKind getDataScope() {
        return row.dataScope();
    }
}
