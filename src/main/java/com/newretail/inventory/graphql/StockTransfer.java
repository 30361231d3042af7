package com.newretail.inventory.graphql;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.inventory.persistence.DocumentReader.TransferRow;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Node;
import com.newretail.inventory.domain.StockTransferStatus;

/** GraphQL view of a transfer. */
@Type("StockTransfer")
@Description("Goods moving between two warehouses: DRAFT → SHIPPED (left the source, in transit) → PARTIALLY_RECEIVED / "
        + "RECEIVED → CLOSED, or CANCELLED while still a draft. Visible to whoever sees either warehouse.")
public class StockTransfer implements Node {

    public static final String TYPE = "StockTransfer";

    private final TransferRow row;

    public StockTransfer(TransferRow row) {
        this.row = row;
    }

    @Ignore
    public TransferRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    @Description("Global ID of the transfer.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("Where it stands.")
    public StockTransferStatus getStatus() {
        return StockTransferStatus.valueOf(row.status());
    }

    @NonNull
    @Description("Changes with every change; pass it as `expectedVersion` to change the transfer.")
    public int getVersion() {
        return row.version();
    }

    @Description("External reference.")
    public String getReference() {
        return row.reference();
    }

    @NonNull
    @Description("Who created the transfer.")
    public String getCreatedBy() {
        return row.createdBy();
    }

    @NonNull
    @Description("When it was created.")
    public OffsetDateTime getCreatedAt() {
        return row.createdAt();
    }

    @Description("When it was shipped.")
    public OffsetDateTime getShippedAt() {
        return row.shippedAt();
    }

    @Description("When it was closed or cancelled.")
    public OffsetDateTime getClosedAt() {
        return row.closedAt();
    }

    @NonNull
    @Description("Units still in transit over all lines.")
    public int getInTransit() {
        return row.lines().stream().mapToInt(line -> line.inTransit(row.status())).sum();
    }

    @NonNull
    @Description("The lines, by SKU.")
    public List<@NonNull StockTransferLine> getLines() {
        return row.lines().stream().map(line -> new StockTransferLine(line, row.status())).toList();
    }

    @NonNull
    @Description("Shortfalls reported on receipt or written off at closing, oldest first.")
    public List<@NonNull TransferDiscrepancy> getDiscrepancies() {
        return row.discrepancies().stream().map(TransferDiscrepancy::new).toList();
    }
}
