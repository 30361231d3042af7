package com.newretail.operations.graphql;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.NodeLoader;

/** {@code node(id:)} for segments, snapshots, coupon templates, coupons, SMS templates and batches, surveys, operation tasks, through their own queries and so their rules. */
@Singleton
public class OperationsNodes {

    @Produces
    @Singleton
    NodeLoader segments(OperationsGraphQL queries) {
        return NodeLoader.of(Segment.TYPE, id -> queries.segment(GlobalId.encode(Segment.TYPE, id)));
    }

    @Produces
    @Singleton
    NodeLoader snapshots(OperationsGraphQL queries) {
        return NodeLoader.of(SegmentSnapshot.TYPE, id -> queries.segmentSnapshot(GlobalId.encode(SegmentSnapshot.TYPE, id)));
    }

    @Produces
    @Singleton
    NodeLoader couponTemplates(CouponsGraphQL queries) {
        return NodeLoader.of(CouponTemplate.TYPE, id -> queries.couponTemplate(GlobalId.encode(CouponTemplate.TYPE, id)));
    }

    @Produces
    @Singleton
    NodeLoader coupons(CouponsGraphQL queries) {
        return NodeLoader.of(Coupon.TYPE, id -> queries.coupon(GlobalId.encode(Coupon.TYPE, id)));
    }

    @Produces
    @Singleton
    NodeLoader smsTemplates(SmsGraphQL queries) {
        return NodeLoader.of(SmsTemplate.TYPE, id -> queries.smsTemplate(GlobalId.encode(SmsTemplate.TYPE, id)));
    }

    @Produces
    @Singleton
    NodeLoader smsBatches(SmsGraphQL queries) {
        return NodeLoader.of(SmsBatch.TYPE, id -> queries.smsBatch(GlobalId.encode(SmsBatch.TYPE, id)));
    }

    @Produces
    @Singleton
    NodeLoader surveys(SurveyGraphQL queries) {
        return NodeLoader.of(Survey.TYPE, id -> queries.survey(GlobalId.encode(Survey.TYPE, id)));
    }

    @Produces
    @Singleton
    NodeLoader operationTasks(TasksGraphQL queries) {
        return NodeLoader.of(OperationTask.TYPE, id -> queries.operationTask(GlobalId.encode(OperationTask.TYPE, id)));
    }
}
