package com.newretail.organization;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.newretail.organization.domain.OrgUnitType;

class OrgUnitTypeTest {

    @Test
    void channelLevelsNestInOrder() {
        assertTrue(OrgUnitType.SALES_COMPANY.mayHaveParent(OrgUnitType.HEADQUARTERS));
        assertTrue(OrgUnitType.DEALER.mayHaveParent(OrgUnitType.SALES_COMPANY));
        assertTrue(OrgUnitType.STORE.mayHaveParent(OrgUnitType.DEALER));
        assertTrue(OrgUnitType.STORE.mayHaveParent(OrgUnitType.SALES_COMPANY), "company-run direct stores");
        assertFalse(OrgUnitType.DEALER.mayHaveParent(OrgUnitType.HEADQUARTERS));
        assertFalse(OrgUnitType.HEADQUARTERS.mayHaveParent(OrgUnitType.HEADQUARTERS));
        for (OrgUnitType type : OrgUnitType.values()) {
            assertFalse(type.mayHaveParent(OrgUnitType.STORE), "nothing goes under a store");
        }
    }
}
