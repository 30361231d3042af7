package com.newretail.inventory.domain;

import com.newretail.platform.mutation.Outcome;
import static com.newretail.inventory.domain.InventoryErrorCode.CODE_TAKEN;
import static com.newretail.inventory.domain.InventoryErrorCode.INVALID_VALUE;
import static com.newretail.inventory.domain.InventoryErrorCode.REQUIRED;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.inventory.api.StockReason;
import com.newretail.inventory.api.StockLine;
import com.newretail.inventory.api.StockMovements;
import com.newretail.inventory.persistence.DocumentLocks;
import com.newretail.inventory.persistence.DocumentStore;

import io.smallrye.mutiny.Uni;

/**
 * Warehouses and stock documents (receipts and issues), inside the caller's transaction. A document
 * is either posted at once or kept as a DRAFT that can be edited (with its version), then POSTED or
 * CANCELLED. Posting is atomic: any short line refuses the whole document.
 */
@ApplicationScoped
public class StockDocumentService {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
    private static final List<String> DRAFT = List.of("DRAFT");

    private final StockMovements movements;
    private final LineChecks checks;
    private final DocumentStore store;
    private final DocumentLocks locks;

    public StockDocumentService(StockMovements movements, LineChecks checks, DocumentStore store, DocumentLocks locks) {
        this.movements = movements;
        this.checks = checks;
        this.store = store;
        this.locks = locks;
    }

    public Uni<Outcome<Long>> createWarehouse(String code, String name, long orgUnitId, WarehouseType type) {
        List<InventoryProblem> problems = new ArrayList<>();
        if (code == null) {
            problems.add(InventoryProblem.of(REQUIRED, "Code is required", "input", "code"));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(InventoryProblem.of(INVALID_VALUE, "Code is 1-32 letters, digits, '-' or '_'", "input", "code"));
        }
        if (name == null || name.isBlank() || name.trim().length() > 120) {
            problems.add(InventoryProblem.of(name == null ? REQUIRED : INVALID_VALUE, "Name is 1-120 characters", "input", "name"));
        }
        if (type == null) {
            problems.add(InventoryProblem.of(REQUIRED, "Type is required", "input", "type"));
        }
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(Outcome.refused(problems));
        }
        return store.warehouseCodeTaken(code).chain(taken -> taken
                ? Uni.createFrom().item(Outcome.refused(CODE_TAKEN, "Warehouse code '" + code + "' is taken", "input", "code"))
                : store.insertWarehouse(code, name.trim(), orgUnitId, type.name()).map(Outcome::of));
    }

    /** Creates and posts a receipt ({@code RECEIPT}) or an issue (any decreasing reason) in one go. */
    public Uni<Outcome<Long>> post(StockDocumentType type, StockReason reason, long warehouseId, String reference, List<StockLine> lines,
            String actor) {
        return checks.check(lines, reference).chain(problems -> !problems.isEmpty() ? Uni.createFrom().item(Outcome.refused(problems))
                : store.insert(type.name(), reason.name(), warehouseId, reference, lines, actor, "POSTED")
                        .chain(id -> move(type, reason, warehouseId, lines, id, actor)));
    }

    /** Saves a document as a DRAFT: nothing moves until it is posted. */
    public Uni<Outcome<Long>> createDraft(StockDocumentType type, StockReason reason, long warehouseId, String reference,
            List<StockLine> lines, String actor) {
        return checks.check(lines, reference).chain(problems -> !problems.isEmpty() ? Uni.createFrom().item(Outcome.refused(problems))
                : store.insert(type.name(), reason.name(), warehouseId, reference, lines, actor, "DRAFT").map(Outcome::of));
    }

    /** Replaces a draft's reference and lines, if nobody changed it since {@code expectedVersion}. */
    public Uni<Outcome<Long>> updateDraft(long id, int expectedVersion, String reference, List<StockLine> lines) {
        return locked(id, expectedVersion, "edit").chain(refusal -> refusal != null ? Uni.createFrom().item(refusal)
                : checks.check(lines, reference).chain(problems -> !problems.isEmpty() ? Uni.createFrom().item(Outcome.refused(problems))
                        : store.edit(id, reference, lines).map(ignored -> Outcome.of(id))));
    }

    /** Posts a draft: stock moves and ledger rows are written; any short line refuses it all. */
    public Uni<Outcome<Long>> postDraft(long id, int expectedVersion, String actor) {
        return locked(id, expectedVersion, "post").chain(refusal -> refusal != null ? Uni.createFrom().item(refusal)
                : store.lines(id).chain(document -> {
                    StockDocumentType type = StockDocumentType.valueOf(document.type());
                    StockReason reason = StockReason.valueOf(document.reason());
                    return checks.activeSkus(document.lines()).chain(problems -> !problems.isEmpty()
                            ? Uni.createFrom().item(Outcome.refused(problems))
                            : move(type, reason, document.warehouseId(), document.lines(), id, actor).call(outcome -> !outcome.succeeded()
                                    ? Uni.createFrom().nullItem()
                                    : store.markPosted(id)));
                }));
    }

    /** Cancels a draft; posted documents are never cancelled (a reverse document corrects them). */
    public Uni<Outcome<Long>> cancelDraft(long id, int expectedVersion) {
        return locked(id, expectedVersion, "cancel").chain(refusal -> refusal != null ? Uni.createFrom().item(refusal)
                : store.cancel(id).map(ignored -> Outcome.of(id)));
    }

    /** Locks the document; null when the change may go ahead, else the refusal. */
    private Uni<Outcome<Long>> locked(long id, int expectedVersion, String action) {
        return locks.lock(DocumentLocks.Table.STOCK_DOCUMENT, id).map(row -> VersionCheck.refusal(row, "document", expectedVersion, DRAFT, action));
    }

    private Uni<Outcome<Long>> move(StockDocumentType type, StockReason reason, long warehouseId, List<StockLine> lines, long documentId,
            String actor) {
        StockMovements.Source source = new StockMovements.Source(reason, type.name(), documentId, actor);
        return (type == StockDocumentType.RECEIPT ? movements.increase(warehouseId, lines, source)
                : movements.decrease(warehouseId, lines, source))
                .map(result -> result.succeeded() ? Outcome.of(documentId) : Outcome.refused(result.problems()));
    }
}
