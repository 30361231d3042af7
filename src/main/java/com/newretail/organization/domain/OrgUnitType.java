package com.newretail.organization.domain;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;

/** The levels of the offline channel and which level may sit under which. */
@Description("Level of an org unit in the channel tree.")
public enum OrgUnitType {
    @Description("The company's headquarters: the single root of the tree.")
    HEADQUARTERS,
    @Description("A regional sales company, directly under headquarters.")
    SALES_COMPANY,
    @Description("A dealer (distributor), under a sales company.")
    DEALER,
    @Description("A store (point of sale), under a dealer or directly under a sales company. A store has no children.")
    STORE;

    /** The types a unit of this type may be placed under; empty for the root. */
    public Set<OrgUnitType> allowedParents() {
        return switch (this) {
            case HEADQUARTERS -> EnumSet.noneOf(OrgUnitType.class);
            case SALES_COMPANY -> EnumSet.of(HEADQUARTERS);
            case DEALER -> EnumSet.of(SALES_COMPANY);
            case STORE -> EnumSet.of(DEALER, SALES_COMPANY);
        };
    }

    public boolean mayHaveParent(OrgUnitType parent) {
        return allowedParents().contains(parent);
    }
}
