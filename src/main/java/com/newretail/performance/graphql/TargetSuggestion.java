package com.newretail.performance.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.performance.domain.TargetSuggester;
import com.newretail.performance.domain.TargetSuggestions;
import com.newretail.platform.graphql.DecimalValue;
import com.newretail.platform.graphql.Money;

/** GraphQL view of a suggested target. */
@Type("TargetSuggestion")
@Description("A suggested month target for a child unit or a store's staff member, computed from its sales history, with the inputs "
        + "and formula behind it.")
public class TargetSuggestion {

    /** One number the suggestion was computed from. */
    @Type("TargetSuggestionFactor")
    @Description("A named input of a suggestion's formula.")
    public record Factor(@NonNull @Description("e.g. lastYearSales, trend, weekdayMix, recentSales, floor.") String name,
            @NonNull @Description("Its value.") DecimalValue value) {
    }

    /** How a suggestion was computed. */
    @org.eclipse.microprofile.graphql.Enum("SuggestionMethod")
    @Description("How a suggestion was computed.")
    public enum Method {
        @Description("Same month last year × recent trend × weekday mix.")
        SEASONAL_TREND,
        @Description("A young subject: the last 28 days' weekday-adjusted daily level over the month, at least the floor.")
        RUN_RATE,
        @Description("Too little history: the floor (half the median of the peers' seasonal suggestions).")
        NEW_STORE_FLOOR
    }

    private final TargetSuggestions.Subject subject;
    private final String period;
    private final TargetSuggester.Suggestion suggestion;

    public TargetSuggestion(TargetSuggestions.Subject subject, String period, TargetSuggester.Suggestion suggestion) {
        this.subject = subject;
        this.period = period;
        this.suggestion = suggestion;
    }

    @Ignore
    public TargetSuggestions.Subject subject() {
        return subject;
    }

    @NonNull
    @Description("The month suggested for.")
    public String getPeriod() {
        return period;
    }

    @NonNull
    @Description("The suggested target.")
    public Money getAmount() {
        return new Money(suggestion.amount(), "CNY");
    }

    @NonNull
    @Description("How it was computed.")
    public Method getMethod() {
        return Method.valueOf(suggestion.method().name());
    }

    @NonNull
    @Description("The formula with its inputs, in words.")
    public String getExplanation() {
        return suggestion.explanation();
    }

    @NonNull
    @Description("The inputs of the formula.")
    public List<@NonNull Factor> getInputs() {
        return suggestion.inputs().stream().map(input -> new Factor(input.name(), new DecimalValue(input.value()))).toList();
    }
}
