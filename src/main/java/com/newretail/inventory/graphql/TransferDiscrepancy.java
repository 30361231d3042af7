package com.newretail.inventory.graphql;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.inventory.domain.DiscrepancyReason;
import com.newretail.inventory.persistence.DocumentReader.DiscrepancyRow;

/** A shortfall on a transfer. */
@Type("TransferDiscrepancy")
@Description("Goods shipped on a transfer that did not arrive as stock.")
public class TransferDiscrepancy {

    private final DiscrepancyRow row;

    public TransferDiscrepancy(DiscrepancyRow row) {
        this.row = row;
    }

    @Ignore
    public DiscrepancyRow row() {
        return row;
    }

    @NonNull
    @Description("Units.")
    public int getQuantity() {
        return row.quantity();
    }

    @NonNull
    @Description("Lost or damaged.")
    public DiscrepancyReason getReason() {
        return row.reason();
    }

    @Description("The receiver's note.")
    public String getNote() {
        return row.note();
    }

    @NonNull
    @Description("Who recorded it.")
    public String getRecordedBy() {
        return row.recordedBy();
    }

    @NonNull
    @Description("When it was recorded.")
    public OffsetDateTime getRecordedAt() {
        return row.recordedAt();
    }
}
