package com.newretail.catalog.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.catalog.domain.CatalogStatus;
import com.newretail.catalog.persistence.ProductRow;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Node;

/** GraphQL view of a product (SPU). */
@Type("Product")
@Description("A product (SPU): what is sold, in one or more SKUs.")
public class Product implements Node {

    public static final String TYPE = "Product";

    private final ProductRow row;

    public Product(ProductRow row) {
        this.row = row;
    }

    @Ignore
    public ProductRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    @Description("Globally unique, opaque ID of this product.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("Product code, unique.")
    public String getCode() {
        return row.code();
    }

    @NonNull
    @Description("Display name.")
    public String getName() {
        return row.name();
    }

    @Description("Longer description.")
    public String getDescription() {
        return row.description();
    }

    @NonNull
    @Description("Unit of measure, e.g. PCS, BOX.")
    public String getUnit() {
        return row.unit();
    }

    @NonNull
    @Description("Whether the product may be sold.")
    public CatalogStatus getStatus() {
        return row.status();
    }

    @NonNull
    @Description("Increases with every change; send it as `expectedVersion` to change or archive this.")
    public int getVersion() {
        return (int) row.version();
    }

    @Description("When it was archived (kept for history, no longer offered); null while in use.")
    public java.time.OffsetDateTime getArchivedAt() {
        return row.archivedAt();
    }
}
