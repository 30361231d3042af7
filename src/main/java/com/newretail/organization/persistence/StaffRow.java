package com.newretail.organization.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.newretail.organization.domain.AccountStatus;
import com.newretail.organization.domain.StaffEntity;
import com.newretail.organization.domain.StaffStatus;

import io.vertx.mutiny.sqlclient.Row;

/** One staff member as read for queries. */
public record StaffRow(long id, String employeeNumber, String name, String mobile, String email, long orgUnitId,
        long positionId, LocalDate hireDate, StaffStatus status, String accountUsername, AccountStatus accountStatus,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static final String COLUMNS = "sf.id, sf.employee_number, sf.name, sf.mobile, sf.email, sf.org_unit_id, sf.position_id, "
            + "sf.hire_date, sf.status, sf.account_username, sf.account_status, sf.created_at, sf.updated_at";

    static StaffRow from(Row row) {
        return new StaffRow(row.getLong("id"), row.getString("employee_number"), row.getString("name"),
                row.getString("mobile"), row.getString("email"), row.getLong("org_unit_id"), row.getLong("position_id"),
                row.getLocalDate("hire_date"), StaffStatus.valueOf(row.getString("status")),
                row.getString("account_username"), AccountStatus.valueOf(row.getString("account_status")),
                row.getOffsetDateTime("created_at"), row.getOffsetDateTime("updated_at"));
    }

    public static StaffRow from(StaffEntity staff) {
        return new StaffRow(staff.id, staff.employeeNumber, staff.name, staff.mobile, staff.email, staff.orgUnitId,
                staff.positionId, staff.hireDate, staff.status, staff.accountUsername, staff.accountStatus,
                staff.createdAt, staff.updatedAt);
    }
}
