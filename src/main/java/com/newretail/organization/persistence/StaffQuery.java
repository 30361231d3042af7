package com.newretail.organization.persistence;

import com.newretail.organization.domain.StaffStatus;

/** Filters of a staff list. Null fields do not filter. */
public record StaffQuery(Long orgUnitId, boolean includeDescendants, Long positionId, StaffStatus status, String search) {
}
