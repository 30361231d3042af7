package com.newretail.customer.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import com.newretail.platform.scope.SqlArgs;

/**
 * Conditions on members that other modules (segments) combine: each becomes a SQL condition on the
 * customer's row (alias {@code c}), so a selection is evaluated by the database and never by loading
 * members. The customer module owns what each condition means.
 */
public sealed interface CustomerCriteria {

    /** The condition as SQL on {@code customer c}, its values added to {@code args}. */
    String sql(SqlArgs args);

    /** Every part holds. */
    record All(List<CustomerCriteria> parts) implements CustomerCriteria {
        @Override
        public String sql(SqlArgs args) {
            return parts.isEmpty() ? "true" : parts.stream().map(part -> "(" + part.sql(args) + ")").collect(Collectors.joining(" AND "));
        }
    }

    /** At least one part holds. */
    record Any(List<CustomerCriteria> parts) implements CustomerCriteria {
        @Override
        public String sql(SqlArgs args) {
            return parts.isEmpty() ? "false" : parts.stream().map(part -> "(" + part.sql(args) + ")").collect(Collectors.joining(" OR "));
        }
    }

    /** Carries the tag (manual or system). */
    record Tagged(String tag) implements CustomerCriteria {
        @Override
        public String sql(SqlArgs args) {
            return "EXISTS (SELECT 1 FROM customer_tag t WHERE t.customer_id = c.id AND t.name = " + args.add(tag) + ")";
        }
    }

    /** Is a member of one of these tiers. */
    record AtLevel(List<String> levels) implements CustomerCriteria {
        @Override
        public String sql(SqlArgs args) {
            return "c.level = ANY(" + args.add(levels.toArray(String[]::new)) + ")";
        }
    }

    /** Has a home store in this org unit's subtree. */
    record HomeStoreUnder(long orgUnitId) implements CustomerCriteria {
        @Override
        public String sql(SqlArgs args) {
            return "c.home_store_id IN (SELECT hs.id FROM org_unit hs WHERE hs.path LIKE (SELECT path FROM org_unit WHERE id = " + args.add(orgUnitId)
                    + ") || '%')";
        }
    }

    /** Lifetime spend (net of refunds) within the bounds; a null bound is open. */
    record Spend(BigDecimal min, BigDecimal max) implements CustomerCriteria {
        @Override
        public String sql(SqlArgs args) {
            return range("c.lifetime_spend", min, max, args);
        }
    }

    /** Paid orders within the bounds; a null bound is open. */
    record OrderCount(Integer min, Integer max) implements CustomerCriteria {
        @Override
        public String sql(SqlArgs args) {
            return range("c.order_count", min, max, args);
        }
    }

    /** Bought within the last {@code days} days. */
    record BoughtWithinDays(int days) implements CustomerCriteria {
        @Override
        public String sql(SqlArgs args) {
            return "c.last_purchase_at >= now() - make_interval(days => " + args.add(days) + ")";
        }
    }

    /** Did not buy within the last {@code days} days (including members who never bought). */
    record NotBoughtWithinDays(int days) implements CustomerCriteria {
        @Override
        public String sql(SqlArgs args) {
            return "(c.last_purchase_at IS NULL OR c.last_purchase_at < now() - make_interval(days => " + args.add(days) + "))";
        }
    }

    /** Bought in this category (net units still positive). */
    record BoughtCategory(long categoryId) implements CustomerCriteria {
        @Override
        public String sql(SqlArgs args) {
            return "EXISTS (SELECT 1 FROM customer_category cc WHERE cc.customer_id = c.id AND cc.category_id = " + args.add(categoryId)
                    + " AND cc.units > 0)";
        }
    }

    /** Gave (or did not give) SMS marketing consent. */
    record SmsConsent(boolean given) implements CustomerCriteria {
        @Override
        public String sql(SqlArgs args) {
            return "c.sms_consent = " + args.add(given);
        }
    }

    private static String range(String column, Object min, Object max, SqlArgs args) {
        if (min == null && max == null) {
            return "true";
        }
        return (min == null ? "" : column + " >= " + args.add(min)) + (min != null && max != null ? " AND " : "")
                + (max == null ? "" : column + " <= " + args.add(max));
    }

    /**
     * A condition another module writes over {@code c.id}, about its own data (e.g. operations: answered
     * a survey so); {@code description} says what it is, for logs.
     */
    record Matching(String description, java.util.function.Function<SqlArgs, String> condition) implements CustomerCriteria {
        @Override
        public String sql(SqlArgs args) {
            return condition.apply(args);
        }
    }
}
