package com.newretail.organization.domain;

/** The editable fields of an org unit as a client sent them (any may be null). */
public record OrgUnitDraft(String code, String name, OrgUnitType type) {
}
