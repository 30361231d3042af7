package com.newretail.organization.graphql;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.newretail.organization.persistence.AccountSyncQueue;
import com.newretail.organization.persistence.OrgUnitReader;
import com.newretail.organization.persistence.OrgUnitRow;
import com.newretail.organization.persistence.PositionReader;
import com.newretail.organization.persistence.PositionRow;
import com.newretail.organization.persistence.StaffQuery;
import com.newretail.organization.persistence.StaffReader;
import com.newretail.platform.graphql.Connections;
import com.newretail.platform.graphql.Keyset;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.scope.CallerScope;
import com.newretail.platform.scope.DataScope;

import io.smallrye.mutiny.Uni;

/** Staff queries (always within the caller's data scope) and the batched fields of {@code Staff}. */
@GraphQLApi
public class StaffQueries {

    private final StaffReader staff;
    private final OrgUnitReader units;
    private final PositionReader positions;
    private final CallerScope callerScope;
    private final AccountSyncQueue accountSync;

    public StaffQueries(StaffReader staff, OrgUnitReader units, PositionReader positions, CallerScope callerScope,
            AccountSyncQueue accountSync) {
        this.accountSync = accountSync;
        this.staff = staff;
        this.units = units;
        this.positions = positions;
        this.callerScope = callerScope;
    }

    @Query("staffMember")
    @RolesAllowed("${newretail.rules.staffMember}")
    @Description("A staff member by ID; null when they do not exist or are outside your data scope.")
    public Uni<Staff> staffMember(@Name("id") @Id @NonNull @Description("Global ID of the staff member.") String id) {
        long staffId = GlobalId.decode(id, Staff.TYPE);
        return callerScope.current().chain(scope -> staff.byIds(List.of(staffId), scope))
                .map(rows -> rows.isEmpty() ? null : new Staff(rows.get(0)));
    }

    @Query("staffMembers")
    @RolesAllowed("${newretail.rules.staffMembers}")
    @Description("Staff within your data scope, by name; search by name, employee number or mobile.")
    public Uni<@NonNull StaffConnection> staffMembers(
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after,
            @Name("where") @Description("Filters; all must hold.") StaffFilter where) {
        PageRequest page = PageRequest.of(first, after);
        StaffQuery query = where == null ? new StaffQuery(null, false, null, null, null)
                : new StaffQuery(where.orgUnitId == null ? null : GlobalId.decode(where.orgUnitId, OrgUnit.TYPE),
                        Boolean.TRUE.equals(where.includeDescendants),
                        where.positionId == null ? null : GlobalId.decode(where.positionId, Position.TYPE),
                        where.status, where.search);
        Keyset position = Keyset.after(page);
        return callerScope.current()
                .chain(scope -> staff.page(query, scope, Keyset.keyOf(position), Keyset.idOf(position), page.fetchSize()))
                .map(rows -> Connections.of(rows, page, row -> Keyset.cursor(row.name(), row.id()),
                        (row, cursor) -> new StaffConnection.Edge(new Staff(row), cursor), StaffConnection::new));
    }

    @Name("orgUnit")
    @Description("The org unit the person works at.")
    public Uni<List<OrgUnit>> orgUnit(@Source List<Staff> members) {
        List<Long> ids = members.stream().map(m -> m.row().orgUnitId()).distinct().toList();
        // The staff member is in scope, so their own unit is shown even to a SELF-scoped caller.
        return units.byIds(ids, DataScope.all()).map(rows -> {
            Map<Long, OrgUnitRow> byId = rows.stream().collect(Collectors.toMap(OrgUnitRow::id, r -> r));
            return members.stream().map(m -> new OrgUnit(byId.get(m.row().orgUnitId()))).toList();
        });
    }

    @Name("position")
    @Description("The position the person holds.")
    public Uni<List<Position>> position(@Source List<Staff> members) {
        List<Long> ids = members.stream().map(m -> m.row().positionId()).distinct().toList();
        return positions.byIds(ids).map(rows -> {
            Map<Long, PositionRow> byId = rows.stream().collect(Collectors.toMap(PositionRow::id, r -> r));
            return members.stream().map(m -> new Position(byId.get(m.row().positionId()))).toList();
        });
    }

    @Name("accountSyncPending")
    @NonNull
    @Description("True while a change to the person's Keycloak account (disabled, new realm roles) has been saved here but "
            + "Keycloak has not taken it yet (it was down or slow); it is retried until it does. A disabled account has no "
            + "data scope in this service meanwhile.")
    public Uni<List<@NonNull Boolean>> accountSyncPending(@Source List<Staff> members) {
        return accountSync.pendingAmong(members.stream().map(m -> m.row().id()).distinct().toList())
                .map(pending -> members.stream().map(m -> pending.contains(m.row().id())).toList());
    }
}
