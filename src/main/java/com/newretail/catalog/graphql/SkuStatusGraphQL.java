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

import com.newretail.catalog.domain.CatalogService;
import com.newretail.catalog.domain.CatalogStatus;
import com.newretail.catalog.persistence.CatalogReader;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.mutation.Call;
import com.newretail.platform.mutation.MutationFrame;

import io.smallrye.mutiny.Uni;

/** Activating and deactivating SKUs. Setting the status it already has is harmless, so no idempotency key is needed. */
@GraphQLApi
public class SkuStatusGraphQL {

    private final CatalogService catalog;
    private final CatalogReader reader;
    private final MutationFrame frame;

    public SkuStatusGraphQL(CatalogService catalog, CatalogReader reader, MutationFrame frame) {
        this.catalog = catalog;
        this.reader = reader;
        this.frame = frame;
    }

    @Mutation("skuStatusSet")
    @RolesAllowed("${newretail.rules.skuStatusSet}")
    @Description("Activates or deactivates a SKU. An INACTIVE SKU cannot be sold, received, moved or reserved; its stock "
            + "and history stay as they are.")
    public Uni<@NonNull SkuStatusSetPayload> skuStatusSet(
            @Name("id") @Id @NonNull @Description("The SKU.") String id,
            @Name("status") @NonNull @Description("The new status.") CatalogStatus status) {
        return frame.run(SkuStatusSetPayload.KIND, "skuStatusSet", null, () -> {
            long sku = GlobalId.decodeAt(id, Sku.TYPE, "id");
            return Call.of(List.of(sku, status), () -> catalog.setSkuStatus(sku, status), changed -> Call.Audit.of(null,
                    Map.of("status", status)));
        });
    }

    @org.eclipse.microprofile.graphql.Name("sku")
    @Description("The SKU as it is now; null when there are userErrors.")
    public Uni<Sku> payloadSku(@org.eclipse.microprofile.graphql.Source SkuStatusSetPayload payload) {
        return payload.skuId() == null ? Uni.createFrom().nullItem()
                : reader.skusByIds(List.of(payload.skuId())).map(rows -> rows.isEmpty() ? null : new Sku(rows.get(0)));
    }

}
