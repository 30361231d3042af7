package com.newretail.organization.domain;

import java.util.List;

import com.newretail.platform.scope.DataScopeKind;

/** The editable fields of a position as a client sent them (any may be null). */
public record PositionDraft(String code, String name, String description, List<String> realmRoles,
        DataScopeKind dataScope) {
}
