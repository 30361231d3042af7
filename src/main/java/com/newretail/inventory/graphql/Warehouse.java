package com.newretail.inventory.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.inventory.domain.WarehouseType;
import com.newretail.inventory.persistence.InventoryReader.WarehouseRow;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Node;

/** GraphQL view of a warehouse. */
@Type("Warehouse")
@Description("A place stock is kept, belonging to an org unit; visible to whoever sees that unit.")
public class Warehouse implements Node {

    public static final String TYPE = "Warehouse";

    private final WarehouseRow row;

    public Warehouse(WarehouseRow row) {
        this.row = row;
    }

    @Ignore
    public WarehouseRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    @Description("Globally unique, opaque ID of this warehouse.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("Warehouse code, unique.")
    public String getCode() {
        return row.code();
    }

    @NonNull
    @Description("Display name.")
    public String getName() {
        return row.name();
    }

    @NonNull
    @Description("What the warehouse is for.")
    public WarehouseType getType() {
        return row.type();
    }
}
