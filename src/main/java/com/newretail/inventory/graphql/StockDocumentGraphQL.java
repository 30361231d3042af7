package com.newretail.inventory.graphql;


import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.newretail.inventory.api.StockLine;
import com.newretail.inventory.domain.InventoryErrorCode;
import com.newretail.inventory.domain.InventoryProblem;
import com.newretail.platform.mutation.Outcome;
import com.newretail.inventory.domain.StockDocumentService;
import com.newretail.inventory.domain.StockDocumentType;
import com.newretail.inventory.api.StockReason;
import com.newretail.inventory.persistence.DocumentReader;
import com.newretail.inventory.persistence.InventoryReader;
import com.newretail.platform.graphql.Cursor;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.mutation.MutationFrame;
import com.newretail.platform.scope.CallerScope;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Receipts and issues: posted at once, or kept as drafts that are edited with a version and then posted or cancelled. */
@GraphQLApi
public class StockDocumentGraphQL {

    private static final Map<StockDocumentType, List<StockReason>> REASONS = Map.of(
            StockDocumentType.RECEIPT, List.of(StockReason.RECEIPT, StockReason.RETURN),
            StockDocumentType.ISSUE, List.of(StockReason.SALE, StockReason.DAMAGE, StockReason.SCRAP, StockReason.ADJUSTMENT));

    private final DocumentReader documents;
    private final InventoryReader warehouses;
    private final StockDocumentService service;
    private final DocumentReads<DocumentReader.DocumentRow, StockDocument> reads;
    private final MutationFrame frame;
    private final CallerScope callerScope;
    private final SecurityIdentity identity;

    public StockDocumentGraphQL(DocumentReader documents, InventoryReader warehouses, StockDocumentService service,
            MutationFrame frame, CallerScope callerScope, SecurityIdentity identity) {
        this.documents = documents;
        this.warehouses = warehouses;
        this.service = service;
        this.frame = frame;
        this.callerScope = callerScope;
        this.reads = DocumentReads.stockDocuments(documents, callerScope);
        this.identity = identity;
    }

    @Query("stockDocument")
    @RolesAllowed("${newretail.rules.stockDocument}")
    @Description("A receipt or issue; null when it does not exist or its warehouse is outside your data scope.")
    public Uni<StockDocument> stockDocument(@Name("id") @Id @NonNull @Description("The document.") String id) {
        return reads.one(id);
    }

    @Query("stockDocuments")
    @RolesAllowed("${newretail.rules.stockDocuments}")
    @Description("Receipts and issues within your data scope, newest first.")
    public Uni<@NonNull StockDocumentConnection> stockDocuments(
            @Name("where") @Description("Filter.") InventoryFilters.StockDocumentFilter where,
            @Name("warehouseId") @Id @Deprecated @Description("Deprecated: use `where.warehouseId`.") String warehouseId,
            @Name("status") @Deprecated @Description("Deprecated: use `where.status`.") String status,
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        return reads.page(where == null ? null : where.warehouseId, warehouseId, where == null ? null : where.status, status, first, after,
                StockDocumentConnection.Edge::new, StockDocumentConnection::new);
    }

    @Name("document")
    @Description("The document as it is now; null when there are userErrors.")
    public Uni<StockDocument> payloadDocument(@Source StockDocumentPayload payload) {
        return reads.ofPayload(payload.documentId());
    }

    @Mutation("stockReceiptPost")
    @RolesAllowed("${newretail.rules.stockReceiptPost}")
    @Description("Receives goods into a warehouse at once: stock levels rise and each line writes a RECEIPT (or RETURN) ledger row.")
    public Uni<@NonNull StockDocumentPayload> stockReceiptPost(
            @Name("input") @NonNull @Description("Warehouse, reason, reference and lines.") InventoryInputs.StockDocumentInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(StockDocumentPayload.KIND, () -> postAtOnce("stockReceiptPost", StockDocumentType.RECEIPT, input, idempotencyKey));
    }

    @Mutation("stockIssuePost")
    @RolesAllowed("${newretail.rules.stockIssuePost}")
    @Description("Takes goods out of a warehouse at once (sale, damage, scrap, adjustment). Any line short of "
            + "available stock refuses the whole document with INSUFFICIENT_STOCK; nothing changes.")
    public Uni<@NonNull StockDocumentPayload> stockIssuePost(
            @Name("input") @NonNull @Description("Warehouse, reason, reference and lines.") InventoryInputs.StockDocumentInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(StockDocumentPayload.KIND, () -> postAtOnce("stockIssuePost", StockDocumentType.ISSUE, input, idempotencyKey));
    }

    @Mutation("stockDocumentCreate")
    @RolesAllowed("${newretail.rules.stockDocumentCreate}")
    @Description("Saves a receipt or issue as a DRAFT; nothing moves until `stockDocumentPost`.")
    public Uni<@NonNull StockDocumentPayload> stockDocumentCreate(
            @Name("type") @NonNull @Description("RECEIPT or ISSUE.") StockDocumentType type,
            @Name("input") @NonNull @Description("Warehouse, reason, reference and lines.") InventoryInputs.StockDocumentInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(StockDocumentPayload.KIND, () -> inWarehouse("stockDocumentCreate", type, input, idempotencyKey,
                (reason, lines) -> warehouse -> service.createDraft(type, reason, warehouse, input.reference, lines,
                        identity.getPrincipal().getName())));
    }

    @Mutation("stockDocumentUpdate")
    @RolesAllowed("${newretail.rules.stockDocumentUpdate}")
    @Description("Replaces a draft's reference and lines. STALE_VERSION when it changed since you read `expectedVersion`.")
    public Uni<@NonNull StockDocumentPayload> stockDocumentUpdate(
            @Name("id") @Id @NonNull @Description("The draft.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("input") @NonNull @Description("New reference and lines.") InventoryInputs.StockLinesUpdateInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(StockDocumentPayload.KIND, () -> {
            List<StockLine> lines = input.toLines();
            return onDocument("stockDocumentUpdate", id, List.of(expectedVersion, String.valueOf(input.reference), lines), idempotencyKey,
                    documentId -> service.updateDraft(documentId, expectedVersion, input.reference, lines));
        });
    }

    @Mutation("stockDocumentPost")
    @RolesAllowed("${newretail.rules.stockDocumentPost}")
    @Description("Posts a draft atomically: stock moves and ledger rows are written, or nothing changes "
            + "(INSUFFICIENT_STOCK, INVALID_STATUS for a posted or cancelled document, STALE_VERSION).")
    public Uni<@NonNull StockDocumentPayload> stockDocumentPost(
            @Name("id") @Id @NonNull @Description("The draft.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(StockDocumentPayload.KIND, () -> onDocument("stockDocumentPost", id, List.of(expectedVersion), idempotencyKey,
                documentId -> service.postDraft(documentId, expectedVersion, identity.getPrincipal().getName())));
    }

    @Mutation("stockDocumentCancel")
    @RolesAllowed("${newretail.rules.stockDocumentCancel}")
    @Description("Cancels a draft. A posted document is never cancelled; post a reverse document instead.")
    public Uni<@NonNull StockDocumentPayload> stockDocumentCancel(
            @Name("id") @Id @NonNull @Description("The draft.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(StockDocumentPayload.KIND, () -> onDocument("stockDocumentCancel", id, List.of(expectedVersion), idempotencyKey,
                documentId -> service.cancelDraft(documentId, expectedVersion)));
    }

    private Uni<StockDocumentPayload> postAtOnce(String operation, StockDocumentType type, InventoryInputs.StockDocumentInput input,
            String idempotencyKey) {
        return inWarehouse(operation, type, input, idempotencyKey, (reason, lines) -> warehouse -> service.post(type, reason, warehouse,
                input.reference, lines, identity.getPrincipal().getName()));
    }

    /** Validates reason and IDs, checks the warehouse is in scope, then runs the change once per key. */
    private Uni<StockDocumentPayload> inWarehouse(String operation, StockDocumentType type, InventoryInputs.StockDocumentInput input,
            String idempotencyKey, java.util.function.BiFunction<StockReason, List<StockLine>, Function<Long, Uni<Outcome<Long>>>> change) {
        StockReason reason = input.reason == null && type == StockDocumentType.RECEIPT ? StockReason.RECEIPT : input.reason;
        if (reason == null || !REASONS.get(type).contains(reason)) {
            return StockDocumentPayload.KIND.refusedNow(InventoryProblem.of(InventoryErrorCode.INVALID_VALUE,
                    "The reason of a " + type + " is one of " + REASONS.get(type), "input", "reason"));
        }
        return frame.guard(StockDocumentPayload.KIND, () -> {
            long warehouse = GlobalId.decodeAt(String.valueOf(input.warehouseId), Warehouse.TYPE, "input", "warehouseId");
            List<StockLine> lines = input.toLines();
            return callerScope.current().chain(scope -> warehouses.warehouses(List.of(warehouse), scope)).chain(found -> found.isEmpty()
                    ? StockDocumentPayload.KIND.notFound("warehouse", "input", "warehouseId")
                    : frame.once(StockDocumentPayload.KIND, operation, List.of(type, warehouse, reason, String.valueOf(input.reference), lines),
                            idempotencyKey, found.get(0).orgUnitId(),
                            Map.of("warehouse", found.get(0).code(), "reason", reason, "lines", lines.size()),
                            () -> change.apply(reason, lines).apply(warehouse)));
        });
    }

    /** Checks the document's warehouse is in scope, then runs the change once per key. */
    private Uni<StockDocumentPayload> onDocument(String operation, String id, Object request, String idempotencyKey,
            Function<Long, Uni<Outcome<Long>>> change) {
        long documentId = GlobalId.decode(id, StockDocument.TYPE);
        return callerScope.current().chain(scope -> documents.documents(List.of(documentId), scope)).chain(found -> found.isEmpty()
                ? StockDocumentPayload.KIND.notFound("document", "id")
                : frame.once(StockDocumentPayload.KIND, operation, List.of(documentId, request), idempotencyKey, found.get(0).orgUnitId(),
                        Map.of("status", found.get(0).status()), () -> change.apply(documentId)));
    }
}
