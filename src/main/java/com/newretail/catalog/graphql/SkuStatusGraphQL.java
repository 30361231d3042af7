package com.newretail.catalog.graphql;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import com.newretail.catalog.domain.CatalogErrorCode;
import com.newretail.catalog.domain.CatalogProblem;
import com.newretail.catalog.domain.CatalogService;
import com.newretail.catalog.persistence.CatalogReader;
import com.newretail.platform.audit.AuditLog;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.InvalidGlobalIdException;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Activating and deactivating SKUs. Setting the status it already has is harmless, so no idempotency key is needed. */
@GraphQLApi
public class SkuStatusGraphQL {

    private final CatalogService catalog;
    private final CatalogReader reader;
    private final AuditLog audit;

    public SkuStatusGraphQL(CatalogService catalog, CatalogReader reader, AuditLog audit) {
        this.catalog = catalog;
        this.reader = reader;
        this.audit = audit;
    }

    @Mutation("skuStatusSet")
    @RolesAllowed("${newretail.rules.skuStatusSet}")
    @WithTransaction
    @Description("Activates or deactivates a SKU. An INACTIVE SKU cannot be sold, received, moved or reserved; its stock "
            + "and history stay as they are.")
    public Uni<@NonNull SkuStatusSetPayload> skuStatusSet(
            @Name("id") @Id @NonNull @Description("The SKU.") String id,
            @Name("status") @NonNull @Description("The new status.") com.newretail.catalog.domain.CatalogStatus status) {
        long sku;
        try {
            sku = GlobalId.decode(id, Sku.TYPE);
        } catch (InvalidGlobalIdException e) {
            return Uni.createFrom().item(new SkuStatusSetPayload(null, List.of(new CatalogUserError(
                    CatalogProblem.of(CatalogErrorCode.INVALID_ID, e.getMessage(), e.fieldOr("id").toArray(String[]::new))))));
        }
        return catalog.setSkuStatus(sku, status).chain(changed -> !changed
                ? Uni.createFrom().item(new SkuStatusSetPayload(null, List.of(new CatalogUserError(
                        CatalogProblem.of(CatalogErrorCode.NOT_FOUND, "No such SKU", "id")))))
                : audit.record("skuStatusSet", List.of(id), null, Map.of(), Map.of("status", status))
                        .replaceWith(new SkuStatusSetPayload(sku, List.of())));
    }

    @org.eclipse.microprofile.graphql.Name("sku")
    @Description("The SKU as it is now; null when there are userErrors.")
    public Uni<Sku> payloadSku(@org.eclipse.microprofile.graphql.Source SkuStatusSetPayload payload) {
        return payload.skuId() == null ? Uni.createFrom().nullItem()
                : reader.skusByIds(List.of(payload.skuId())).map(rows -> rows.isEmpty() ? null : new Sku(rows.get(0)));
    }

}
