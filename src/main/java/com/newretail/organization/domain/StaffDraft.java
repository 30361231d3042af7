package com.newretail.organization.domain;

import java.time.LocalDate;

/** The editable fields of a staff member as a client sent them (any may be null). */
public record StaffDraft(String employeeNumber, String name, String mobile, String email, LocalDate hireDate,
        Long positionId) {
}
