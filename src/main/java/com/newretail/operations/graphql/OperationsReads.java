package com.newretail.operations.graphql;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.newretail.operations.persistence.CouponReadModels;
import com.newretail.operations.persistence.MarketPriceReadModels;
import com.newretail.operations.persistence.SegmentReadModels;
import com.newretail.operations.persistence.SmsReadModels;
import com.newretail.operations.persistence.SurveyReadModels;
import com.newretail.operations.persistence.TaskReadModels;
import com.newretail.platform.graphql.Cursor;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.InvalidArgumentException;
import com.newretail.platform.graphql.PageRequest;
import com.newretail.platform.reads.ReadModel;
import com.newretail.platform.reads.ReadModelSource;
import com.newretail.platform.reads.ReadRoot;

/**
 * The operations module's part of the planner: segments, snapshots, coupon templates and member coupons. {@code segmentPreview}
 * evaluates a rule, so it stays with its resolver.
 */
@ApplicationScoped
class OperationsReads implements ReadModelSource {

    private static final Set<String> SEGMENT_ALIASES = Set.of("sg");
    private static final Set<String> SNAPSHOT_ALIASES = Set.of("ss");
    private static final Set<String> TEMPLATE_ALIASES = Set.of("cpt", "ou");
    private static final Set<String> COUPON_ALIASES = Set.of("mc");

    @Override
    public List<ReadModel> readModels() {
        return List.of(SegmentReadModels.SEGMENT, SegmentReadModels.SNAPSHOT, CouponReadModels.TEMPLATE, CouponReadModels.COUPON,
                CouponReadModels.USE, SmsReadModels.TEMPLATE, SmsReadModels.BATCH, SmsReadModels.MESSAGE,
                SurveyReadModels.SURVEY, SurveyReadModels.QUESTION, SurveyReadModels.TAG_RULE, MarketPriceReadModels.PRICE,
                TaskReadModels.TASK);
    }

    @Override
    public List<NodeRead> readNodes() {
        return List.of(new NodeRead(Segment.TYPE, "segment", SEGMENT_ALIASES, (id, scope, args) -> SegmentReadModels.segmentsByIds(List.of(id), args)),
                new NodeRead(SegmentSnapshot.TYPE, "segmentSnapshot", SNAPSHOT_ALIASES,
                        (id, scope, args) -> SegmentReadModels.snapshotsByIds(List.of(id), args)),
                new NodeRead(CouponTemplate.TYPE, "couponTemplate", TEMPLATE_ALIASES, (id, scope, args) -> CouponReadModels.templatesByIds(List.of(id),
                        scope, args)),
                new NodeRead(Coupon.TYPE, "coupon", COUPON_ALIASES, (id, scope, args) -> CouponReadModels.couponsByIds(List.of(id), scope, args)),
                new NodeRead(SmsTemplate.TYPE, "smsTemplate", Set.of("smt"), (id, scope, args) -> SmsReadModels.templatesByIds(List.of(id), args)),
                new NodeRead(SmsBatch.TYPE, "smsBatch", Set.of("sb"), (id, scope, args) -> SmsReadModels.batchesByIds(List.of(id), args)),
                new NodeRead(Survey.TYPE, "survey", Set.of("sv"), (id, scope, args) -> SurveyReadModels.byIds(List.of(id), args)),
                new NodeRead(OperationTask.TYPE, "operationTask", Set.of("ot"), (id, scope, args) -> TaskReadModels.byIds(List.of(id), args)));
    }

    @Override
    public List<ReadRoot> readRoots() {
        return List.of(
                new ReadRoot("segment", Segment.TYPE, false, SEGMENT_ALIASES, (arguments, page, scope, args) ->
                        SegmentReadModels.segmentsByIds(List.of(GlobalId.decode(arguments.string("id"), Segment.TYPE)), args)),
                new ReadRoot("segments", Segment.TYPE, true, SEGMENT_ALIASES, (arguments, page, scope, args) -> {
                    String[] position = after(page);
                    Boolean archived = arguments.bool("includeArchived");
                    return SegmentReadModels.segments(arguments.string("search"), archived != null && archived, position[0],
                            position[1] == null ? null : Long.parseLong(position[1]), args);
                }),
                new ReadRoot("segmentSnapshot", SegmentSnapshot.TYPE, false, SNAPSHOT_ALIASES, (arguments, page, scope, args) ->
                        SegmentReadModels.snapshotsByIds(List.of(GlobalId.decode(arguments.string("id"), SegmentSnapshot.TYPE)), args)),
                new ReadRoot("couponTemplate", CouponTemplate.TYPE, false, TEMPLATE_ALIASES, (arguments, page, scope, args) ->
                        CouponReadModels.templatesByIds(List.of(GlobalId.decode(arguments.string("id"), CouponTemplate.TYPE)), scope, args)),
                new ReadRoot("couponTemplates", CouponTemplate.TYPE, true, TEMPLATE_ALIASES, (arguments, page, scope, args) -> {
                    Boolean archived = arguments.bool("includeArchived");
                    return CouponReadModels.templates(arguments.string("search"), archived != null && archived, scope, page.afterId(), args);
                }),
                new ReadRoot("coupon", Coupon.TYPE, false, COUPON_ALIASES, (arguments, page, scope, args) ->
                        CouponReadModels.couponsByIds(List.of(GlobalId.decode(arguments.string("id"), Coupon.TYPE)), scope, args)),
                new ReadRoot("coupons", Coupon.TYPE, true, COUPON_ALIASES, (arguments, page, scope, args) -> {
                    String status = arguments.string("status");
                    return CouponReadModels.coupons(CouponsGraphQL.filter(arguments.string("customerId"), arguments.string("templateId"),
                            status == null ? null : com.newretail.operations.domain.CouponStatus.valueOf(status), arguments.string("code")), scope,
                            page.afterId(), args);
                }),
                new ReadRoot("smsTemplate", SmsTemplate.TYPE, false, Set.of("smt"), (arguments, page, scope, args) ->
                        SmsReadModels.templatesByIds(List.of(GlobalId.decode(arguments.string("id"), SmsTemplate.TYPE)), args)),
                new ReadRoot("smsTemplates", SmsTemplate.TYPE, true, Set.of("smt"), (arguments, page, scope, args) ->
                        SmsReadModels.templates(page.afterId(), args)),
                new ReadRoot("smsBatch", SmsBatch.TYPE, false, Set.of("sb"), (arguments, page, scope, args) ->
                        SmsReadModels.batchesByIds(List.of(GlobalId.decode(arguments.string("id"), SmsBatch.TYPE)), args)),
                new ReadRoot("smsBatches", SmsBatch.TYPE, true, Set.of("sb"), (arguments, page, scope, args) ->
                        SmsReadModels.batches(page.afterId(), args)),
                new ReadRoot("smsMessages", SmsMessage.TYPE, true, Set.of("sm"), (arguments, page, scope, args) ->
                        SmsReadModels.messages(GlobalId.decode(arguments.string("batchId"), SmsBatch.TYPE), arguments.string("status"), scope,
                                page.afterId(), args)),
                new ReadRoot("survey", Survey.TYPE, false, Set.of("sv"), (arguments, page, scope, args) ->
                        SurveyReadModels.byIds(List.of(GlobalId.decode(arguments.string("id"), Survey.TYPE)), args)),
                new ReadRoot("surveys", Survey.TYPE, true, Set.of("sv"), (arguments, page, scope, args) ->
                        SurveyReadModels.surveys(arguments.string("status"), page.afterId(), args)),
                new ReadRoot("marketPrices", MarketPrice.TYPE, true, Set.of("mp", "mu"), (arguments, page, scope, args) ->
                        MarketPriceReadModels.prices(MarketGraphQL.filter(arguments.string("skuId"), arguments.string("orgUnitId"),
                                arguments.string("productName"), date(arguments.string("from")), date(arguments.string("to"))), scope, page.afterId(), args)),
                new ReadRoot("operationTask", OperationTask.TYPE, false, Set.of("ot"), (arguments, page, scope, args) ->
                        TaskReadModels.byIds(List.of(GlobalId.decode(arguments.string("id"), OperationTask.TYPE)), args)),
                new ReadRoot("operationTasks", OperationTask.TYPE, true, Set.of("ot"), (arguments, page, scope, args) ->
                        TaskReadModels.tasks(arguments.string("status"), page.afterId(), args)));
    }

    private static java.time.LocalDate date(String value) {
        return value == null ? null : java.time.LocalDate.parse(value);
    }

    /** Where a page of segments starts: the name and id of the last one of the previous page (both null on the first page). */
    static String[] after(PageRequest page) {
        if (page.after() == null) {
            return new String[2];
        }
        List<String> parts = Cursor.decode(page.after(), 2);
        try {
            Long.parseLong(parts.get(1));
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException("'after' is not a valid cursor");
        }
        return new String[] {parts.get(0), parts.get(1)};
    }
}
