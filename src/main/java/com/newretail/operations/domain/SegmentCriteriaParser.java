package com.newretail.operations.domain;

import com.newretail.customer.api.CustomerCriteria;

/** Turns a saved segment rule (its JSON) into criteria; the GraphQL layer, which owns the rule shape, provides it. */
public interface SegmentCriteriaParser {

    CustomerCriteria criteria(String ruleJson);
}
