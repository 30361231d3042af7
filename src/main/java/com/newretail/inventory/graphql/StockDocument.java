package com.newretail.inventory.graphql;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.inventory.domain.StockDocumentType;
import com.newretail.inventory.api.StockReason;
import com.newretail.inventory.persistence.DocumentReader.DocumentRow;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Node;
import com.newretail.inventory.domain.StockDocumentStatus;

/** GraphQL view of a receipt or issue. */
@Type("StockDocument")
@Description("A receipt or issue: DRAFT (editable) → POSTED (stock moved, ledger rows written) or CANCELLED. "
        + "Its ledger rows are in `stockLedger(documentId:)`.")
public class StockDocument implements Node {

    public static final String TYPE = "StockDocument";

    private final DocumentRow row;

    public StockDocument(DocumentRow row) {
        this.row = row;
    }

    @Ignore
    public DocumentRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    @Description("Global ID of the document.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("RECEIPT or ISSUE.")
    public StockDocumentType getType() {
        return row.type();
    }

    @NonNull
    @Description("Reason of every ledger row the document writes.")
    public StockReason getReason() {
        return row.reason();
    }

    @NonNull
    @Description("Where it stands.")
    public StockDocumentStatus getStatus() {
        return StockDocumentStatus.valueOf(row.status());
    }

    @NonNull
    @Description("Changes with every edit; pass it as `expectedVersion` to change the document.")
    public int getVersion() {
        return row.version();
    }

    @Description("External reference.")
    public String getReference() {
        return row.reference();
    }

    @NonNull
    @Description("Who created the document.")
    public String getCreatedBy() {
        return row.actor();
    }

    @NonNull
    @Description("When the document was created.")
    public OffsetDateTime getCreatedAt() {
        return row.createdAt();
    }

    @Description("When it was posted; null unless POSTED.")
    public OffsetDateTime getPostedAt() {
        return row.postedAt();
    }

    @NonNull
    @Description("The lines, by SKU.")
    public List<@NonNull StockQuantity> getLines() {
        return row.lines().stream().map(StockQuantity::new).toList();
    }
}
