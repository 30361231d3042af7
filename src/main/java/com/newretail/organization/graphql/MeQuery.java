package com.newretail.organization.graphql;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import com.newretail.organization.persistence.OrgUnitReader;
import com.newretail.organization.persistence.PositionReader;
import com.newretail.organization.persistence.StaffReader;
import com.newretail.organization.persistence.StaffRow;
import com.newretail.platform.scope.CallerBinding;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.scope.DataScope;
import com.newretail.platform.security.OperationRules;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** {@code me}: who the caller is. Open to any valid token, so frontends can tell users what they lack. */
@GraphQLApi
public class MeQuery {

    private final SecurityIdentity identity;
    private final CallerScope callerScope;
    private final OperationRules rules;
    private final StaffReader staff;
    private final OrgUnitReader units;
    private final PositionReader positions;

    public MeQuery(SecurityIdentity identity, CallerScope callerScope, OperationRules rules, StaffReader staff,
            OrgUnitReader units, PositionReader positions) {
        this.identity = identity;
        this.callerScope = callerScope;
        this.rules = rules;
        this.staff = staff;
        this.units = units;
        this.positions = positions;
    }

    @Query("me")
    @RolesAllowed("${newretail.rules.me}")
    @Description("The signed-in user: roles, staff record, org unit, position, data scope and allowed operations.")
    public Uni<@NonNull Me> me() {
        String username = identity.getPrincipal().getName();
        List<String> roles = identity.getRoles().stream().sorted().toList();
        List<String> allowed = rules.allowedFor(identity);
        return callerScope.current().chain(scope -> callerScope.binding().chain(binding -> binding.isEmpty()
                ? Uni.createFrom().item(new Me(username, roles, scope.kind(), allowed, null, null, null))
                : bound(binding.get(), username, roles, scope, allowed)));
    }

    private Uni<Me> bound(CallerBinding binding, String username, List<String> roles, DataScope scope, List<String> allowed) {
        return staff.byIds(List.of(binding.staffId()), DataScope.all()).chain(rows -> {
            Optional<StaffRow> row = rows.stream().findFirst();
            if (row.isEmpty()) {
                return Uni.createFrom().item(new Me(username, roles, scope.kind(), allowed, null, null, null));
            }
            return units.byIds(List.of(row.get().orgUnitId()), DataScope.all())
                    .chain(unit -> positions.byIds(List.of(row.get().positionId())).map(position -> new Me(username, roles,
                            scope.kind(), allowed, new Staff(row.get()),
                            unit.isEmpty() ? null : new OrgUnit(unit.get(0)),
                            position.isEmpty() ? null : new Position(position.get(0)))));
        });
    }
}
