package com.newretail.operations.graphql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.operations.domain.market.MarketChannel;
import com.newretail.operations.domain.market.MarketErrorCode;
import com.newretail.platform.graphql.DecimalValue;
import com.newretail.platform.graphql.Money;
import com.newretail.platform.graphql.UserError;
import com.newretail.platform.mutation.ErrorArea;
import com.newretail.platform.mutation.PayloadKind;

/** The input, payload and comparison types of market prices. */
public final class MarketViews {

    private MarketViews() {
    }

    /** Fields of {@code marketPriceRecord}. */
    @Input("MarketPriceInput")
    @Description("A price seen: our SKU (skuId) or a competitor's product (productName), where, on which channel, when, and in what source.")
    public static class PriceInput {
        @Id
        @Description("Our SKU; or give productName.")
        public String skuId;

        @Description("A competitor's product, 1-120 characters; or give skuId.")
        public String productName;

        @NonNull
        @Id
        @Description("The region or store (an org unit in your data scope) it was seen in.")
        public String orgUnitId;

        @NonNull
        @Description("Where it was seen.")
        public MarketChannel channel;

        @NonNull
        @Description("The price, above 0, 2 decimals.")
        public BigDecimal price;

        @NonNull
        @Description("The day it was seen (not in the future).")
        public LocalDate observedOn;

        @NonNull
        @Description("The shop, site or document, 1-120 characters.")
        public String source;

        @Description("At most 500 characters.")
        public String note;
    }

    /** A userError of market prices. */
    @Type("MarketUserError")
    @Description("Why a market price mutation did not do what was asked.")
    public record MarketUserError(
            @NonNull @Description("Machine-readable reason.") MarketErrorCode code,
            @Description("Path to the input field at fault, e.g. [\"input\", \"price\"].") List<@NonNull String> field,
            @NonNull @Description(UserError.MESSAGE) String message) implements UserError {

        public static final ErrorArea<MarketErrorCode, MarketUserError> AREA = ErrorArea.of(MarketErrorCode.class,
                refusal -> new MarketUserError(refusal.code(), refusal.field(), refusal.message()));
    }

    /** Result of recording a price. */
    @Type("MarketPricePayload")
    @Description("Result of recording a market price: the observation, or why nothing was recorded.")
    public record PricePayload(
            @org.eclipse.microprofile.graphql.Ignore Long priceId,
            @NonNull @Description("Why nothing was recorded; empty on success.") List<@NonNull MarketUserError> userErrors) {

        static final PayloadKind<Long, PricePayload, MarketUserError> KIND = PayloadKind.ofId(MarketUserError.AREA, MarketPrice.TYPE,
                PricePayload::new, PricePayload::userErrors);
    }

    /** How a comparison is bucketed. */
    @org.eclipse.microprofile.graphql.Enum("ComparisonInterval")
    @Description("How a price comparison is bucketed.")
    public enum Interval {
        @Description("Weeks starting Monday.")
        WEEK,
        @Description("Calendar months.")
        MONTH
    }

    /** One period of a comparison. */
    @Type("PricePoint")
    @Description("Our price and the market's over one period.")
    public record Point(
            @NonNull @Description("First day of the period.") LocalDate periodStart,
            @Description("Our price for the region at the period's end (its price list or the retail price); null when not priced.") Money ourPrice,
            @NonNull @Description("Lowest price seen.") Money marketMin,
            @NonNull @Description("Average price seen.") Money marketAverage,
            @NonNull @Description("Highest price seen.") Money marketMax,
            @NonNull @Description("Observations in the period.") int observations,
            @Description("(our price − market average) ÷ market average × 100, one decimal: above 0 we are dearer.") DecimalValue gapPercent) {
    }

    /** A comparison of our price and the market's. */
    @Type("PriceComparison")
    @Description("Our price vs the market for one SKU in a region over time: periods with observations only.")
    public record Comparison(
            @NonNull @Description("Periods in order.") List<@NonNull Point> points) {
    }
}
