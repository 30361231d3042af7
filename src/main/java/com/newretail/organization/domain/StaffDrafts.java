package com.newretail.organization.domain;

import static com.newretail.organization.domain.OrganizationErrorCode.EMPLOYEE_NUMBER_TAKEN;
import static com.newretail.organization.domain.OrganizationErrorCode.INVALID_VALUE;
import static com.newretail.organization.domain.OrganizationErrorCode.NOT_FOUND;
import static com.newretail.organization.domain.OrganizationErrorCode.REQUIRED;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The field rules of a staff draft, how it applies to a record, and the problems staff changes share. */
final class StaffDrafts {

    static final Pattern EMPLOYEE_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
    static final Pattern MOBILE = Pattern.compile("\\+?[0-9]{6,20}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{1,63}");

    private StaffDrafts() {
    }

    static void apply(StaffEntity member, StaffDraft draft) {
        if (draft.employeeNumber() != null) {
            member.employeeNumber = draft.employeeNumber();
        }
        if (draft.name() != null) {
            member.name = draft.name().trim();
        }
        if (draft.mobile() != null) {
            member.mobile = draft.mobile().isBlank() ? null : draft.mobile().trim();
        }
        if (draft.email() != null) {
            member.email = draft.email().isBlank() ? null : draft.email().trim().toLowerCase();
        }
        if (draft.hireDate() != null) {
            member.hireDate = draft.hireDate();
        }
        if (draft.positionId() != null) {
            member.positionId = draft.positionId();
        }
        member.updatedAt = OffsetDateTime.now();
    }

    static List<OrganizationProblem> check(StaffDraft draft, boolean creating) {
        List<OrganizationProblem> problems = new ArrayList<>();
        if (draft.employeeNumber() == null) {
            if (creating) {
                problems.add(OrganizationProblem.of(REQUIRED, "Employee number is required", "input", "employeeNumber"));
            }
        } else if (!EMPLOYEE_NUMBER.matcher(draft.employeeNumber()).matches()) {
            problems.add(OrganizationProblem.of(INVALID_VALUE,
                    "Employee number must be 1-32 letters, digits, '-' or '_'", "input", "employeeNumber"));
        }
        if (draft.name() == null) {
            if (creating) {
                problems.add(OrganizationProblem.of(REQUIRED, "Name is required", "input", "name"));
            }
        } else if (draft.name().isBlank() || draft.name().trim().length() > 120) {
            problems.add(OrganizationProblem.of(INVALID_VALUE, "Name must be 1-120 characters", "input", "name"));
        }
        if (draft.mobile() != null && !draft.mobile().isBlank() && !MOBILE.matcher(draft.mobile().trim()).matches()) {
            problems.add(OrganizationProblem.of(INVALID_VALUE, "Mobile must be 6-20 digits, optionally with a leading +",
                    "input", "mobile"));
        }
        if (draft.email() != null && !draft.email().isBlank() && !EMAIL.matcher(draft.email().trim()).matches()) {
            problems.add(OrganizationProblem.of(INVALID_VALUE, "Not an email address", "input", "email"));
        }
        if (draft.hireDate() != null && draft.hireDate().isAfter(java.time.LocalDate.now().plusYears(1))) {
            problems.add(OrganizationProblem.of(INVALID_VALUE, "Hire date is more than a year ahead", "input", "hireDate"));
        }
        if (draft.positionId() == null && creating) {
            problems.add(OrganizationProblem.of(REQUIRED, "Position is required", "input", "positionId"));
        }
        return problems;
    }

    static OrganizationProblem notFound() {
        return OrganizationProblem.of(NOT_FOUND, "No such staff member", "id");
    }

    static OrganizationProblem numberTaken(String number) {
        return OrganizationProblem.of(EMPLOYEE_NUMBER_TAKEN,
                "Employee number '" + number + "' is already used in this company", "input", "employeeNumber");
    }
}
