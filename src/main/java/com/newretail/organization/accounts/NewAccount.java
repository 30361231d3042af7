package com.newretail.organization.accounts;

import java.util.List;

/** What a new Keycloak user gets: identity, a temporary password and the position's realm roles. */
public record NewAccount(String username, String email, String firstName, String lastName, String temporaryPassword,
        List<String> realmRoles) {
}
