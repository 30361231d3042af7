package com.newretail.organization;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.newretail.organization.domain.PositionAssignmentRule;
import com.newretail.platform.scope.DataScopeKind;

class PositionAssignmentRuleTest {

    private final PositionAssignmentRule regionalAdmin =
            new PositionAssignmentRule(Set.of("org-admin", "analyst"), DataScopeKind.ORG_AND_DESCENDANTS, 7L);

    @Test
    void rolesMustBeASubsetOfTheCallers() {
        assertTrue(regionalAdmin.refusalFor(new String[] {"hq-admin"}, DataScopeKind.ALL).isPresent());
        assertTrue(regionalAdmin.refusalFor(new String[] {"analyst", "store-manager"}, DataScopeKind.ORG_ONLY).isPresent());
        assertFalse(regionalAdmin.refusalFor(new String[] {"analyst"}, DataScopeKind.ORG_ONLY).isPresent());
        assertFalse(regionalAdmin.refusalFor(new String[] {}, DataScopeKind.SELF).isPresent());
    }

    @Test
    void scopeMustBeNoWiderThanTheCallers() {
        assertTrue(regionalAdmin.refusalFor(new String[] {"analyst"}, DataScopeKind.ALL).isPresent());
        assertFalse(regionalAdmin.refusalFor(new String[] {"analyst"}, DataScopeKind.ORG_AND_DESCENDANTS).isPresent());
    }

    @Test
    void nobodyChangesThemselvesButHeadquartersIsExempt() {
        assertTrue(regionalAdmin.refusalForSelf(7L).isPresent());
        assertFalse(regionalAdmin.refusalForSelf(8L).isPresent());
        PositionAssignmentRule hq = new PositionAssignmentRule(Set.of("hq-admin"), DataScopeKind.ALL, 1L);
        assertFalse(hq.refusalForSelf(1L).isPresent());
        assertFalse(hq.refusalFor(new String[] {"hq-admin", "org-admin"}, DataScopeKind.ALL).isPresent());
    }
}
