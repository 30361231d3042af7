package com.newretail.inventory.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.inventory.domain.StockReason;
import com.newretail.platform.graphql.GlobalId;

/** A posted stock document. */
@Type("StockDocument")
@Description("A posted receipt or issue; its ledger rows are in `stockLedger(where: {documentId})`.")
public class StockDocument {

    private final long id;
    private final String type;
    private final StockReason reason;
    private final String reference;

    public StockDocument(long id, String type, StockReason reason, String reference) {
        this.id = id;
        this.type = type;
        this.reason = reason;
        this.reference = reference;
    }

    @Id
    @NonNull
    @Description("Global ID of the document.")
    public String getId() {
        return GlobalId.encode("StockDocument", id);
    }

    @NonNull
    @Description("RECEIPT or ISSUE.")
    public String getType() {
        return type;
    }

    @NonNull
    @Description("Reason of every ledger row the document wrote.")
    public StockReason getReason() {
        return reason;
    }

    @Description("External reference.")
    public String getReference() {
        return reference;
    }
}
