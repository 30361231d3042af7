package com.newretail.organization.persistence;

import com.newretail.organization.domain.OrgUnitType;

/** Filters and order of an org unit list. Null fields do not filter. */
public record OrgUnitQuery(OrgUnitType type, Long parentId, Long descendantOf, String nameContains, Order order) {

    /** Keyset orders: the column sorted on, then id. */
    public enum Order {
        NAME("name"), CODE("code");

        final String column;

        Order(String column) {
            this.column = column;
        }
    }
}
