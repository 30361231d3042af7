package com.newretail.organization.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.organization.graphql.Staff;
import com.newretail.organization.persistence.StaffReader;
import com.newretail.organization.persistence.StaffRow;
import com.newretail.platform.scope.DataScope;

import io.smallrye.mutiny.Uni;

/** What other modules may ask about staff: where an active staff member works, and GraphQL views. */
@ApplicationScoped
public class StaffDirectory {

    private final StaffReader reader;

    public StaffDirectory(StaffReader reader) {
        this.reader = reader;
    }

    /** The org unit of an active staff member; null when there is no such active staff member. */
    public Uni<Long> activeOrgUnitOf(long staffId) {
        return reader.byIds(List.of(staffId), DataScope.all()).map(rows -> rows.stream()
                .filter(row -> row.status() == com.newretail.organization.domain.StaffStatus.ACTIVE).map(StaffRow::orgUnitId)
                .findFirst().orElse(null));
    }

    /** The active staff members working at an org unit (not below it), by name; at most {@code limit}. */
    public Uni<List<Long>> activeAt(long orgUnitId, int limit) {
        return reader.page(new com.newretail.organization.persistence.StaffQuery(orgUnitId, false, null,
                com.newretail.organization.domain.StaffStatus.ACTIVE, null), DataScope.all(), null, null, limit)
                .map(rows -> rows.stream().map(StaffRow::id).toList());
    }

    /** GraphQL views of staff members (for fields of other modules' types). */
    public Uni<Map<Long, Staff>> views(List<Long> staffIds) {
        return staffIds.isEmpty() ? Uni.createFrom().item(Map.of())
                : reader.byIds(staffIds, DataScope.all()).map(rows -> rows.stream().collect(Collectors.toMap(StaffRow::id, Staff::new)));
    }
}
