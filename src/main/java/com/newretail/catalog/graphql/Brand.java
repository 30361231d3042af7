package com.newretail.catalog.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.catalog.persistence.NamedRow;
import com.newretail.platform.graphql.Node;

/** GraphQL view of a brand. */
@Type("Brand")
@Description("A brand products are sold under.")
public class Brand extends CatalogEntry implements Node {

    public static final String TYPE = "Brand";

    public Brand(NamedRow row) {
        super(row, TYPE);
    }
}
