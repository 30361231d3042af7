package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of the mutations of a reservation; the reservation itself is read after the change committed. */
@Type("StockReservationPayload")
@Description("Result of a mutation of a reservation: the reservation as it is now, or why nothing was changed.")
public class StockReservationPayload {

    private final Long reservationId;
    private final List<InventoryUserError> userErrors;

    public StockReservationPayload(Long reservationId, List<InventoryUserError> userErrors) {
        this.reservationId = reservationId;
        this.userErrors = userErrors;
    }

    @Ignore
    public Long reservationId() {
        return reservationId;
    }

    @NonNull
    @Description("Why nothing was changed; empty on success.")
    public List<@NonNull InventoryUserError> getUserErrors() {
        return userErrors;
    }

    @Ignore
    public boolean succeeded() {
        return userErrors.isEmpty();
    }
}
