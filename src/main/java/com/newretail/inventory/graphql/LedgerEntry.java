package com.newretail.inventory.graphql;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.inventory.api.StockReason;
import com.newretail.inventory.persistence.InventoryReader.LedgerRow;
import com.newretail.platform.graphql.GlobalId;

/** GraphQL view of one stock ledger row. */
@Type("LedgerEntry")
@Description("One change of stock, append-only: why, by whom, from which document, by how much, and the balance after.")
public class LedgerEntry {

    private final LedgerRow row;

    public LedgerEntry(LedgerRow row) {
        this.row = row;
    }

    @Ignore
    public LedgerRow row() {
        return row;
    }

    @Id
    @NonNull
    @Description("Opaque ID of this ledger row.")
    public String getId() {
        return GlobalId.encode("LedgerEntry", row.id());
    }

    @NonNull
    @Description("Why stock changed.")
    public StockReason getReason() {
        return row.reason();
    }

    @NonNull
    @Description("Kind of source: RECEIPT, ISSUE, TRANSFER, STOCKTAKE, RESERVATION, or another module's (e.g. ORDER).")
    public String getDocumentType() {
        return row.documentType();
    }

    @Id
    @NonNull
    @Deprecated
    @Description("Deprecated: use `source`. Global ID of the source: a StockDocument, StockTransfer, Stocktake, StockReservation, "
            + "or another module's object.")
    public String getDocumentId() {
        return LedgerSources.globalId(row.documentType(), row.documentId());
    }

    @NonNull
    @Description("Who made the change (username).")
    public String getActor() {
        return row.actor();
    }

    @NonNull
    @Description("Change of on-hand units (negative when stock left).")
    public int getDeltaOnHand() {
        return row.deltaOnHand();
    }

    @NonNull
    @Description("Change of reserved units.")
    public int getDeltaReserved() {
        return row.deltaReserved();
    }

    @NonNull
    @Description("On-hand units after the change.")
    public int getOnHandAfter() {
        return row.onHandAfter();
    }

    @NonNull
    @Description("Reserved units after the change.")
    public int getReservedAfter() {
        return row.reservedAfter();
    }

    @NonNull
    @Description("When the change was made.")
    public OffsetDateTime getCreatedAt() {
        return row.createdAt();
    }
}
