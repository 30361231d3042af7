package com.newretail.platform.scope;

/** Where a caller sits: their staff record, its org unit, and their position's scope kind. */
public record CallerBinding(long staffId, long orgUnitId, DataScopeKind positionScope) {
}
