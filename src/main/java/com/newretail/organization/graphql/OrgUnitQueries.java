package com.newretail.organization.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

import com.newretail.organization.persistence.OrgUnitQuery;
import com.newretail.organization.persistence.OrgUnitReader;
import com.newretail.organization.persistence.OrgUnitRow;
import com.newretail.platform.graphql.Connections;
import com.newretail.platform.graphql.Keyset;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.scope.CallerScope;

import io.smallrye.mutiny.Uni;

/** Org unit queries and the tree fields of {@code OrgUnit}, each loaded in one statement per level. */
@GraphQLApi
public class OrgUnitQueries {

    private final OrgUnitReader reader;
    private final CallerScope callerScope;

    public OrgUnitQueries(OrgUnitReader reader, CallerScope callerScope) {
        this.reader = reader;
        this.callerScope = callerScope;
    }

    @Query("orgUnit")
    @RolesAllowed("${newretail.rules.orgUnit}")
    @Description("An org unit by ID; null when it does not exist or is outside your data scope.")
    public Uni<OrgUnit> orgUnit(@Name("id") @Id @NonNull @Description("Global ID of the org unit.") String id) {
        long unitId = GlobalId.decode(id, OrgUnit.TYPE);
        return callerScope.current().chain(scope -> reader.byIds(List.of(unitId), scope))
                .map(rows -> rows.isEmpty() ? null : new OrgUnit(rows.get(0)));
    }

    @Query("orgUnits")
    @RolesAllowed("${newretail.rules.orgUnits}")
    @Description("Org units within your data scope, filtered and ordered, one page at a time.")
    public Uni<@NonNull OrgUnitConnection> orgUnits(
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after,
            @Name("where") @Description("Filters; all must hold.") OrgUnitFilter where,
            @Name("sortBy") @Description("Order of the list.") @DefaultValue("NAME") OrgUnitSort sortBy) {
        PageRequest page = PageRequest.of(first, after);
        OrgUnitSort sort = sortBy == null ? OrgUnitSort.NAME : sortBy;
        OrgUnitQuery query = toQuery(where, sort);
        Keyset position = Keyset.after(page);
        return callerScope.current()
                .chain(scope -> reader.page(query, scope, Keyset.keyOf(position), Keyset.idOf(position), page.fetchSize()))
                .map(rows -> Connections.of(rows, page, row -> cursor(row, sort),
                        (row, cursor) -> new OrgUnitEdge(new OrgUnit(row), cursor), OrgUnitConnection::new));
    }

    @Name("parent")
    @Description("The unit directly above; null for headquarters or when it is outside your data scope.")
    public Uni<List<OrgUnit>> parent(@Source List<OrgUnit> units) {
        List<Long> parentIds = units.stream().map(u -> u.row().parentId()).filter(id -> id != null).distinct().toList();
        return byId(parentIds).map(found -> units.stream()
                .map(u -> u.row().parentId() == null ? null : found.get(u.row().parentId()))
                .collect(Collectors.toList()));
    }

    @Name("ancestors")
    @NonNull
    @Description("The units above that are inside your data scope, from the top down to the parent.")
    public Uni<List<@NonNull List<@NonNull OrgUnit>>> ancestors(@Source List<OrgUnit> units) {
        Set<Long> ids = new LinkedHashSet<>();
        for (OrgUnit unit : units) {
            for (long id : unit.row().ancestorIds()) {
                ids.add(id);
            }
        }
        return byId(new ArrayList<>(ids)).map(found -> {
            List<List<OrgUnit>> result = new ArrayList<>(units.size());
            for (OrgUnit unit : units) {
                List<OrgUnit> chain = new ArrayList<>();
                for (long id : unit.row().ancestorIds()) {
                    OrgUnit ancestor = found.get(id);
                    if (ancestor != null) {
                        chain.add(ancestor);
                    }
                }
                result.add(chain);
            }
            return result;
        });
    }

    @Name("children")
    @NonNull
    @Description("The units directly below (inside your data scope), by name, one page at a time.")
    public Uni<List<@NonNull OrgUnitConnection>> children(@Source List<OrgUnit> units,
            @Name("first") @Description("Page size, at most 100.") @DefaultValue("20") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after);
        Keyset position = Keyset.after(page);
        List<Long> parentIds = units.stream().map(u -> u.row().id()).distinct().toList();
        return callerScope.current()
                .chain(scope -> reader.childrenOf(parentIds, scope, Keyset.keyOf(position), Keyset.idOf(position), page.fetchSize()))
                .map(rows -> {
            Map<Long, List<OrgUnitRow>> byParent = rows.stream()
                    .collect(Collectors.groupingBy(OrgUnitRow::parentId, HashMap::new, Collectors.toList()));
            return units.stream()
                    .map(u -> Connections.of(byParent.getOrDefault(u.row().id(), List.of()), page,
                            row -> cursor(row, OrgUnitSort.NAME),
                            (row, cursor) -> new OrgUnitEdge(new OrgUnit(row), cursor), OrgUnitConnection::new))
                    .collect(Collectors.toList());
        });
    }

    private Uni<Map<Long, OrgUnit>> byId(List<Long> ids) {
        return callerScope.current().chain(scope -> reader.byIds(ids, scope))
                .map(rows -> rows.stream().collect(Collectors.toMap(OrgUnitRow::id, OrgUnit::new)));
    }

    private static OrgUnitQuery toQuery(OrgUnitFilter where, OrgUnitSort sort) {
        OrgUnitQuery.Order order = sort == OrgUnitSort.CODE ? OrgUnitQuery.Order.CODE : OrgUnitQuery.Order.NAME;
        if (where == null) {
            return new OrgUnitQuery(null, null, null, null, order);
        }
        return new OrgUnitQuery(where.type,
                where.parentId == null ? null : GlobalId.decode(where.parentId, OrgUnit.TYPE),
                where.descendantOf == null ? null : GlobalId.decode(where.descendantOf, OrgUnit.TYPE),
                where.nameContains, order);
    }

    private static String cursor(OrgUnitRow row, OrgUnitSort sort) {
        return Keyset.cursor(sort == OrgUnitSort.CODE ? row.code() : row.name(), row.id());
    }
}
