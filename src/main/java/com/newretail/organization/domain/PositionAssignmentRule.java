package com.newretail.organization.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import com.newretail.platform.scope.DataScopeKind;
import com.newretail.platform.security.Roles;

/**
 * Who may hand out which position, so that nobody grants more than they hold: a caller may assign a
 * position only if its realm roles are a subset of the caller's and its data scope is no wider than
 * the caller's; nobody changes their own position or account. {@code hq-admin} is exempt (it holds
 * everything already). Pure: the caller's roles, scope and staff id come in as values.
 */
public record PositionAssignmentRule(Set<String> callerRoles, DataScopeKind callerScope, Long callerStaffId) {

    /** Why the caller may not assign this position, if they may not. */
    public Optional<String> refusalFor(String[] positionRoles, DataScopeKind positionScope) {
        if (exempt()) {
            return Optional.empty();
        }
        String[] missing = Arrays.stream(positionRoles).filter(role -> !callerRoles.contains(role)).toArray(String[]::new);
        if (missing.length > 0) {
            return Optional.of("You may only assign positions whose roles you hold yourself; you do not hold "
                    + String.join(", ", missing));
        }
        if (width(positionScope) > width(callerScope)) {
            return Optional.of("You may only assign positions whose data scope (" + positionScope
                    + ") is no wider than your own (" + callerScope + ")");
        }
        return Optional.empty();
    }

    /** Why the caller may not change this staff member's position or account, if it is themselves. */
    public Optional<String> refusalForSelf(long staffId) {
        if (exempt() || callerStaffId == null || callerStaffId != staffId) {
            return Optional.empty();
        }
        return Optional.of("You may not change your own position, org unit or account; ask another administrator");
    }

    private boolean exempt() {
        return callerRoles.contains(Roles.HQ_ADMIN);
    }

    /** How much of the tree a scope reaches: a wider scope has a larger number. */
    static int width(DataScopeKind scope) {
        return switch (scope) {
            case NONE -> 0;
            case SELF -> 1;
            case ORG_ONLY -> 2;
            case ORG_AND_DESCENDANTS -> 3;
            case ALL -> 4;
        };
    }
}
