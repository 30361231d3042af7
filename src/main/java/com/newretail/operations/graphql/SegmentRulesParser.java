package com.newretail.operations.graphql;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.customer.api.CustomerCriteria;
import com.newretail.operations.domain.SegmentCriteriaParser;

/** Saved segment rules as criteria, for snapshots taken without a request (a task starting). */
@ApplicationScoped
public class SegmentRulesParser implements SegmentCriteriaParser {

    @Override
    public CustomerCriteria criteria(String ruleJson) {
        return SegmentRules.check(SegmentRules.parse(ruleJson)).definition().criteria();
    }
}
