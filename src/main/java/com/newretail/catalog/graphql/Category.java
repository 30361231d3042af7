package com.newretail.catalog.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.catalog.persistence.NamedRow;
import com.newretail.platform.graphql.Node;
import com.newretail.platform.graphql.GlobalId;

/** GraphQL view of a product category. */
@Type("Category")
@Description("A product category; categories form a tree.")
public class Category extends CatalogEntry implements Node {

    public static final String TYPE = "Category";

    public Category(NamedRow row) {
        super(row, TYPE);
    }

    @Id
    @Deprecated
    @Description("The parent category's ID; null for a top-level category. Deprecated: use `parent`.")
    public String getParentId() {
        return row().parentId() == null ? null : GlobalId.encode(TYPE, row().parentId());
    }

    @Ignore
    public Long parentInternalId() {
        return row().parentId();
    }
}
