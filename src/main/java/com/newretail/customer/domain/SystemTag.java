package com.newretail.customer.domain;

/**
 * The tags the service sets by rule (kind SYSTEM; staff cannot remove them): kept current by the
 * nightly scoring and {@code customerScoresRefresh}, which add each tag where its condition holds and
 * take it off where it no longer does. The conditions read a member's own figures (alias {@code c}).
 */
public enum SystemTag {
    /** Bought recently, often and much: the top two fifths on all three RFM scores. */
    CHAMPION("Champion", "c.rfm_recency >= 4 AND c.rfm_frequency >= 4 AND c.rfm_monetary >= 4"),
    /** First purchase within the last 30 days. */
    NEW_MEMBER("New member", "c.first_purchase_at >= now() - interval '30 days'"),
    /** A repeat buyer who has not bought for 90-180 days: worth a follow-up. */
    AT_RISK("At risk", "c.order_count >= 2 AND c.last_purchase_at < now() - interval '90 days' AND c.last_purchase_at >= now() - interval '180 days'"),
    /** No purchase for more than 180 days. */
    LAPSED("Lapsed", "c.last_purchase_at < now() - interval '180 days'");

    private final String label;
    private final String condition;

    SystemTag(String label, String condition) {
        this.label = label;
        this.condition = condition;
    }

    /** The tag's name as members carry it. */
    public String label() {
        return label;
    }

    /** The SQL condition on {@code customer c} under which a member carries the tag. */
    public String condition() {
        return condition;
    }
}
