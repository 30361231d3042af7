package com.newretail.operations.domain;

import com.newretail.customer.api.CustomerCriteria;

/** A validated segment rule: what it selects, as stored (JSON) and as people read it. */
public record SegmentDefinition(CustomerCriteria criteria, String json, String text) {
}
