package com.newretail.retail.domain;

import com.newretail.platform.mutation.Outcome;
import static com.newretail.retail.domain.RetailErrorCode.INVALID_STATUS;
import static com.newretail.retail.domain.RetailErrorCode.INVALID_VALUE;
import static com.newretail.retail.domain.RetailErrorCode.NOT_FOUND;
import static com.newretail.retail.domain.RetailErrorCode.REQUIRED;
import static com.newretail.retail.domain.RetailErrorCode.STALE_VERSION;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.retail.persistence.ShiftStore;

import io.smallrye.mutiny.Uni;

/**
 * Cash drawer shifts. A cashier has at most one open shift per store; checkouts and cash refunds made
 * by the cashier while it is open belong to it. Expected cash = float + cash in − cash out + cash
 * taken (net of change) − cash refunded; closing records the counted cash and its variance.
 */
@ApplicationScoped
public class ShiftService {

    private final ShiftStore store;

    public ShiftService(ShiftStore store) {
        this.store = store;
    }

    public Uni<Outcome<Long>> open(long storeId, BigDecimal openingFloat, String cashier) {
        if (!validAmount(openingFloat, true)) {
            return Uni.createFrom().item(Outcome.refused(INVALID_VALUE, "The float is 0 or more, with at most 2 decimals", "input", "openingFloat"));
        }
        return store.open(storeId, cashier, openingFloat)
                .map(id -> id.isEmpty() ? Outcome.refused(INVALID_STATUS, "You already have an open shift at this store", "input", "storeId")
                        : Outcome.of(id.get()));
    }

    public Uni<Outcome<Long>> moveCash(long shiftId, String kind, BigDecimal amount, String reason, String actor) {
        if (!validAmount(amount, false)) {
            return Uni.createFrom().item(Outcome.refused(INVALID_VALUE, "The amount is above 0, with at most 2 decimals", "input", "amount"));
        }
        if (reason == null || reason.isBlank() || reason.length() > 120) {
            return Uni.createFrom().item(Outcome.refused(REQUIRED, "A reason of 1-120 characters is required", "input", "reason"));
        }
        return store.lock(shiftId).chain(shift -> shift.isEmpty()
                ? Uni.createFrom().item(Outcome.refused(NOT_FOUND, "No such shift", "id"))
                : !"OPEN".equals(shift.get().status()) ? Uni.createFrom().item(Outcome.refused(INVALID_STATUS, "The shift is closed", "id"))
                : store.moveCash(shiftId, kind, amount, reason.trim(), actor).map(ignored -> Outcome.of(shiftId)));
    }

    public Uni<Outcome<Long>> close(long shiftId, int expectedVersion, BigDecimal countedCash, String note) {
        if (!validAmount(countedCash, true)) {
            return Uni.createFrom().item(Outcome.refused(INVALID_VALUE, "Counted cash is 0 or more, with at most 2 decimals", "input", "countedCash"));
        }
        if (note != null && note.length() > 255) {
            return Uni.createFrom().item(Outcome.refused(INVALID_VALUE, "The note is at most 255 characters", "input", "note"));
        }
        return store.lock(shiftId).chain(shift -> {
            if (shift.isEmpty()) {
                return Uni.createFrom().item(Outcome.refused(NOT_FOUND, "No such shift", "id"));
            }
            if (shift.get().version() != expectedVersion) {
                return Uni.createFrom().item(Outcome.refused(STALE_VERSION, "The shift changed meanwhile: version is " + shift.get().version(),
                        "expectedVersion"));
            }
            if (!"OPEN".equals(shift.get().status())) {
                return Uni.createFrom().item(Outcome.refused(INVALID_STATUS, "The shift is already closed", "id"));
            }
            return store.close(shiftId, countedCash, note).map(ignored -> Outcome.of(shiftId));
        });
    }

    private static boolean validAmount(BigDecimal amount, boolean zeroAllowed) {
        return amount != null && (zeroAllowed ? amount.signum() >= 0 : amount.signum() > 0) && amount.stripTrailingZeros().scale() <= 2
                && amount.compareTo(new BigDecimal("999999999999.99")) <= 0;
    }
}
