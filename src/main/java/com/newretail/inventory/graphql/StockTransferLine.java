package com.newretail.inventory.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.inventory.persistence.DocumentReader.TransferLineRow;

/** One SKU of a transfer. */
@Type("StockTransferLine")
@Description("One SKU of a transfer: shipped = received + writtenOff + inTransit.")
public class StockTransferLine {

    private final TransferLineRow row;
    private final String status;

    public StockTransferLine(TransferLineRow row, String status) {
        this.row = row;
        this.status = status;
    }

    @Ignore
    public TransferLineRow row() {
        return row;
    }

    @NonNull
    @Description("Units to ship (DRAFT) or shipped.")
    public int getQuantity() {
        return row.quantity();
    }

    @NonNull
    @Description("Units received into the target warehouse.")
    public int getReceived() {
        return row.received();
    }

    @NonNull
    @Description("Units written off as lost or damaged in transit.")
    public int getWrittenOff() {
        return row.writtenOff();
    }

    @NonNull
    @Description("Units shipped and not yet received or written off.")
    public int getInTransit() {
        return row.inTransit(status);
    }
}
