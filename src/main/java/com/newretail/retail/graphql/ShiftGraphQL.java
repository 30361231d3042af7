package com.newretail.retail.graphql;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.newretail.organization.api.OrgUnitViews;
import com.newretail.organization.graphql.OrgUnit;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.mutation.MutationFrame;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.mutation.Outcome;
import com.newretail.retail.domain.RetailErrorCode;
import com.newretail.retail.domain.RetailProblem;
import com.newretail.retail.domain.ShiftService;
import com.newretail.retail.persistence.ShiftReader;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Cash drawer shifts: open with a float, cash in/out, close with the counted cash; the summary on the shift. */
@GraphQLApi
public class ShiftGraphQL {

    private final ShiftReader reader;
    private final ShiftService shifts;
    private final CallerScope callerScope;
    private final OrgUnitViews orgUnits;
    private final MutationFrame frame;
    private final SecurityIdentity identity;

    public ShiftGraphQL(ShiftReader reader, ShiftService shifts, CallerScope callerScope, OrgUnitViews orgUnits,
            MutationFrame frame, SecurityIdentity identity) {
        this.reader = reader;
        this.shifts = shifts;
        this.callerScope = callerScope;
        this.orgUnits = orgUnits;
        this.frame = frame;
        this.identity = identity;
    }

    @Query("shift")
    @RolesAllowed("${newretail.rules.shift}")
    @Description("A shift with its summary; null when it does not exist or its store is outside your data scope.")
    public Uni<Shift> shift(@Name("id") @Id @NonNull @Description("The shift.") String id) {
        long shiftId = GlobalId.decode(id, Shift.TYPE);
        return callerScope.current().chain(scope -> reader.shifts(List.of(shiftId), null, null, scope))
                .map(rows -> rows.isEmpty() ? null : new Shift(rows.get(0)));
    }

    @Query("myOpenShift")
    @RolesAllowed("${newretail.rules.myOpenShift}")
    @Description("Your open shift at a store; null when you have none.")
    public Uni<Shift> myOpenShift(@Name("storeId") @Id @NonNull @Description("The store.") String storeId) {
        long store = GlobalId.decode(storeId, OrgUnit.TYPE);
        return callerScope.current().chain(scope -> reader.shifts(null, store, identity.getPrincipal().getName(), scope))
                .map(rows -> rows.isEmpty() ? null : new Shift(rows.get(0)));
    }

    @Name("salesByTender")
    @NonNull
    @Description("Sales of the shift by tender (cash net of change).")
    public Uni<List<@NonNull TenderTotal>> salesByTender(@Source Shift shift) {
        return reader.shiftSales(shift.row().id()).map(rows -> rows.stream().map(TenderTotal::new).toList());
    }

    @Name("store")
    @NonNull
    @Description("The store.")
    public Uni<OrgUnit> shiftStore(@Source Shift shift) {
        return orgUnits.views(List.of(shift.row().storeId()), DataScope.all()).map(found -> found.get(shift.row().storeId()));
    }

    @Name("shift")
    @Description("The shift as it is now; null when there are userErrors.")
    public Uni<Shift> payloadShift(@Source ShiftPayload payload) {
        return payload.shiftId() == null ? Uni.createFrom().nullItem()
                : reader.shifts(List.of(payload.shiftId()), null, null, DataScope.all()).map(rows -> rows.isEmpty() ? null : new Shift(rows.get(0)));
    }

    @Mutation("shiftOpen")
    @RolesAllowed("${newretail.rules.shiftOpen}")
    @Description("Opens your cash drawer shift at a store with a float; your checkouts and cash refunds there belong to it "
            + "until it is closed. INVALID_STATUS when you already have one open there.")
    public Uni<@NonNull ShiftPayload> shiftOpen(
            @Name("input") @NonNull @Description("Store and float.") RetailInputs.ShiftOpenInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(ShiftPayload.KIND, () -> {
            long store = GlobalId.decodeAt(String.valueOf(input.storeId), OrgUnit.TYPE, "input", "storeId");
            return callerScope.current().chain(scope -> orgUnits.visible(store, scope)).chain(visible -> !visible
                    ? refused(RetailErrorCode.NOT_FOUND, "No such store", "input", "storeId")
                    : frame.once(ShiftPayload.KIND, "shiftOpen", List.of(store, String.valueOf(input.openingFloat)), idempotencyKey, store,
                            () -> shifts.open(store, input.openingFloat == null ? null : input.openingFloat.value(), identity.getPrincipal().getName())));
        });
    }

    @Mutation("shiftCashMove")
    @RolesAllowed("${newretail.rules.shiftCashMove}")
    @Description("Records cash put into or taken out of the drawer of an open shift, with the reason.")
    public Uni<@NonNull ShiftPayload> shiftCashMove(
            @Name("id") @Id @NonNull @Description("The open shift.") String id,
            @Name("input") @NonNull @Description("Kind, amount and reason.") RetailInputs.CashMoveInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(ShiftPayload.KIND, () -> onShift("shiftCashMove", id, List.of(String.valueOf(input.kind), String.valueOf(input.amount), String.valueOf(input.reason)),
                idempotencyKey, shift -> input.kind == null ? Uni.createFrom().item(Outcome.refused(RetailErrorCode.REQUIRED, "The kind is required",
                        "input", "kind")) : shifts.moveCash(shift, input.kind.name(), input.amount == null ? null : input.amount.value(),
                        input.reason, identity.getPrincipal().getName())));
    }

    @Mutation("shiftClose")
    @RolesAllowed("${newretail.rules.shiftClose}")
    @Description("Closes a shift with the counted cash; the summary then shows the variance against the expected cash.")
    public Uni<@NonNull ShiftPayload> shiftClose(
            @Name("id") @Id @NonNull @Description("The open shift.") String id,
            @Name("expectedVersion") @NonNull @Description("The version you read.") int expectedVersion,
            @Name("input") @NonNull @Description("Counted cash and a note.") RetailInputs.ShiftCloseInput input,
            @Name("idempotencyKey") @Description(MutationFrame.KEY_DESCRIPTION) String idempotencyKey) {
        return frame.guard(ShiftPayload.KIND, () -> onShift("shiftClose", id, List.of(expectedVersion, String.valueOf(input.countedCash)), idempotencyKey,
                shift -> shifts.close(shift, expectedVersion, input.countedCash == null ? null : input.countedCash.value(), input.note)));
    }

    private Uni<ShiftPayload> onShift(String operation, String id, Object request, String idempotencyKey,
            java.util.function.Function<Long, Uni<Outcome<Long>>> change) {
        long shiftId = GlobalId.decodeAt(id, Shift.TYPE, "id");
        return callerScope.current().chain(scope -> reader.shifts(List.of(shiftId), null, null, scope)).chain(found -> found.isEmpty()
                ? refused(RetailErrorCode.NOT_FOUND, "No such shift", "id")
                : frame.once(ShiftPayload.KIND, operation, List.of(shiftId, request), idempotencyKey, found.get(0).storeId(), () -> change.apply(shiftId)));
    }

    private static Uni<ShiftPayload> refused(RetailErrorCode code, String message, String... field) {
        return ShiftPayload.KIND.refusedNow(RetailProblem.of(code, message, field));
    }
}
