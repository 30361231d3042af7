package com.newretail.catalog.graphql;

import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.newretail.catalog.persistence.CatalogReader;
import com.newretail.catalog.persistence.PriceReader;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.NodeLoader;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.security.OperationRules;

import io.quarkus.security.identity.SecurityIdentity;

/** {@code node(id:)} for catalog objects, with the role rules of the catalog's own queries. */
@Singleton
public class CatalogNodes {

    @Produces
    @Singleton
    NodeLoader products(CatalogGraphQL queries) {
        return NodeLoader.of(Product.TYPE, id -> queries.product(GlobalId.encode(Product.TYPE, id)));
    }

    @Produces
    @Singleton
    NodeLoader skus(CatalogReader reader, OperationRules rules, SecurityIdentity identity) {
        return NodeLoader.of(Sku.TYPE, id -> {
            rules.require("product", identity);
            return reader.skusByIds(List.of(id)).map(rows -> rows.isEmpty() ? null : new Sku(rows.get(0)));
        });
    }

    @Produces
    @Singleton
    NodeLoader categories(CatalogReader reader, OperationRules rules, SecurityIdentity identity) {
        return NodeLoader.of(Category.TYPE, id -> {
            rules.require("categories", identity);
            return reader.named("category", List.of(id)).map(rows -> rows.isEmpty() ? null : new Category(rows.get(0)));
        });
    }

    @Produces
    @Singleton
    NodeLoader brands(CatalogReader reader, OperationRules rules, SecurityIdentity identity) {
        return NodeLoader.of(Brand.TYPE, id -> {
            rules.require("brands", identity);
            return reader.named("brand", List.of(id)).map(rows -> rows.isEmpty() ? null : new Brand(rows.get(0)));
        });
    }

    @Produces
    @Singleton
    NodeLoader priceLists(PriceReader reader, CallerScope callerScope, OperationRules rules, SecurityIdentity identity) {
        return NodeLoader.of(PriceList.TYPE, id -> {
            rules.require("priceLists", identity);
            return callerScope.current().chain(scope -> reader.priceLists(scope, List.of(id), null, 1))
                    .map(rows -> rows.isEmpty() ? null : new PriceList(rows.get(0)));
        });
    }
}
