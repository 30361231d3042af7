package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.catalog.domain.CatalogStatus;
import com.newretail.catalog.persistence.SkuRow;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Money;
import com.newretail.platform.graphql.Node;

/** GraphQL view of a SKU. */
@Type("Sku")
@Description("A sellable variant of a product (e.g. red, size M), with its barcode and retail price.")
public class Sku implements Node {

    public static final String TYPE = "Sku";

    private final SkuRow row;

    public Sku(SkuRow row) {
        this.row = row;
    }

    @Ignore
    public SkuRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    @Description("Globally unique, opaque ID of this SKU.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("SKU code, unique.")
    public String getCode() {
        return row.code();
    }

    @Description("Barcode (EAN/UPC or internal), unique; what the POS scanner reads.")
    public String getBarcode() {
        return row.barcode();
    }

    @NonNull
    @Description("Variant attributes as 'name=value', e.g. 'colour=red'.")
    public List<@NonNull String> getAttributes() {
        return row.attributes();
    }

    @NonNull
    @Description("Retail (tag) price.")
    public Money getRetailPrice() {
        return new Money(row.retailPrice(), row.currency());
    }

    @NonNull
    @Description("Whether the SKU may be sold.")
    public CatalogStatus getStatus() {
        return row.status();
    }

    @NonNull
    @Description("Increases with every change; send it as `expectedVersion` to change or archive this.")
    public int getVersion() {
        return (int) row.version();
    }
}
