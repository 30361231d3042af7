package com.newretail.organization.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** The audited fields of organization objects, as the audit log records them. */
public final class Snapshots {

    private Snapshots() {
    }

    public static Map<String, Object> of(OrgUnitEntity unit) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", unit.code);
        fields.put("name", unit.name);
        fields.put("type", unit.type);
        fields.put("parentId", unit.parentId);
        fields.put("path", unit.path);
        return fields;
    }

    public static Map<String, Object> of(PositionEntity position) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", position.code);
        fields.put("name", position.name);
        fields.put("description", position.description);
        fields.put("realmRoles", position.realmRoles == null ? null : String.join(",", position.realmRoles));
        fields.put("dataScope", position.dataScope);
        return fields;
    }

    public static Map<String, Object> of(StaffEntity staff) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("employeeNumber", staff.employeeNumber);
        fields.put("name", staff.name);
        fields.put("mobile", staff.mobile);
        fields.put("email", staff.email);
        fields.put("hireDate", staff.hireDate);
        fields.put("orgUnitId", staff.orgUnitId);
        fields.put("positionId", staff.positionId);
        fields.put("status", staff.status);
        fields.put("accountUsername", staff.accountUsername);
        fields.put("accountStatus", staff.accountStatus);
        return fields;
    }
}
