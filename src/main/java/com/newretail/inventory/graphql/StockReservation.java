package com.newretail.inventory.graphql;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.inventory.persistence.DocumentReader.ReservationRow;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Node;
import com.newretail.inventory.domain.StockReservationStatus;

/** GraphQL view of a reservation. */
@Type("StockReservation")
@Description("Stock held for an order awaiting pickup: ACTIVE until RELEASED, COMMITTED (picked up) or EXPIRED.")
public class StockReservation implements Node {

    public static final String TYPE = "StockReservation";

    private final ReservationRow row;

    public StockReservation(ReservationRow row) {
        this.row = row;
    }

    @Ignore
    public ReservationRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    @Description("Global ID of the reservation.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("Where it stands.")
    public StockReservationStatus getStatus() {
        return StockReservationStatus.valueOf(row.status());
    }

    @Description("External reference, e.g. the order number.")
    public String getReference() {
        return row.reference();
    }

    @NonNull
    @Description("When the hold runs out; the stock is then given back automatically.")
    public OffsetDateTime getExpiresAt() {
        return row.expiresAt();
    }

    @NonNull
    @Description("Who reserved.")
    public String getCreatedBy() {
        return row.createdBy();
    }

    @NonNull
    @Description("When it was reserved.")
    public OffsetDateTime getCreatedAt() {
        return row.createdAt();
    }

    @Description("When it was released, committed or expired.")
    public OffsetDateTime getClosedAt() {
        return row.closedAt();
    }

    @NonNull
    @Description("The held quantities, by SKU.")
    public List<@NonNull StockQuantity> getLines() {
        return row.lines().stream().map(StockQuantity::new).toList();
    }
}
