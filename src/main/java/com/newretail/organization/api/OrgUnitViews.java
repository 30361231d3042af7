package com.newretail.organization.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.organization.graphql.OrgUnit;
import com.newretail.organization.persistence.OrgUnitReader;
import com.newretail.organization.persistence.OrgUnitRow;
import com.newretail.platform.scope.DataScope;

import io.smallrye.mutiny.Uni;

/** What other modules may ask the organization: org units as GraphQL views, within a data scope. */
@ApplicationScoped
public class OrgUnitViews {

    private final OrgUnitReader reader;

    public OrgUnitViews(OrgUnitReader reader) {
        this.reader = reader;
    }

    public Uni<Map<Long, OrgUnit>> views(List<Long> ids, DataScope scope) {
        return reader.byIds(ids, scope).map(rows -> rows.stream().collect(Collectors.toMap(OrgUnitRow::id, OrgUnit::new)));
    }

    /** Where an org unit sits: its type name (e.g. STORE) and its sales company; null when it does not exist. */
    public record Placement(String type, Long companyId) {
    }

    public Uni<Placement> placement(long id) {
        return placementInScope(id, DataScope.all());
    }

    /** The unit's placement when it exists and is inside the scope; else null (one statement). */
    public Uni<Placement> placementInScope(long id, DataScope scope) {
        return reader.placement(id, scope).map(p -> p == null ? null : new Placement(p.type(), p.companyId()));
    }

    /** Where a caller's view of the tree starts: the highest unit the scope sees (headquarters for HQ-wide roles); null for none. */
    public Uni<Long> topUnit(DataScope scope) {
        return reader.topUnit(scope);
    }

    /** True when the org unit exists and is inside the scope. */
    public Uni<Boolean> visible(long id, DataScope scope) {
        return reader.visible(id, scope);
    }
}
