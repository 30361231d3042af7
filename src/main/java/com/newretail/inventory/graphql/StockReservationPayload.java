package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.mutation.PayloadKind;

/** Result of the mutations of a reservation; the reservation itself is read after the change committed. */
@Type("StockReservationPayload")
@Description("Result of a mutation of a reservation: the reservation as it is now, or why nothing was changed.")
public record StockReservationPayload(
        @Ignore Long reservationId,
        @NonNull @Description("Why nothing was changed; empty on success.") List<@NonNull InventoryUserError> userErrors) {

    static final PayloadKind<Long, StockReservationPayload, InventoryUserError> KIND = PayloadKind.ofId(InventoryUserError.AREA, StockReservation.TYPE, StockReservationPayload::new,
            StockReservationPayload::userErrors);
}
