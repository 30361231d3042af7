package com.newretail.organization.accounts;

import com.newretail.organization.domain.OrganizationErrorCode;

/** Keycloak refused or could not be reached; carries the userError code to report. */
public class AccountException extends RuntimeException {

    private final OrganizationErrorCode code;

    public AccountException(OrganizationErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public OrganizationErrorCode code() {
        return code;
    }
}
