package com.newretail.customer.graphql;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import com.newretail.customer.domain.CustomerClearable;
import com.newretail.customer.api.CustomerLevel;
import com.newretail.customer.domain.Gender;
import com.newretail.platform.graphql.DecimalValue;

/** Inputs of the customer operations. */
public final class CustomerInputs {

    private CustomerInputs() {
    }

    /** Fields of {@code customerCreate}. */
    @Input("CustomerInput")
    @Description("A customer signing up at a store.")
    public static class CustomerInput {
        @Description("Mainland mobile number: 11 digits starting with 13-19. Unique within the company.")
        public String mobile;

        @Description("Name, 1-60 characters.")
        public String name;

        @Id
        @Description("The store where the customer signs up; it decides the company.")
        public String homeStoreId;
    }

    /** Fields of {@code customerUpdate}: null leaves a field as it is. */
    @Input("CustomerUpdateInput")
    @Description("Changes to a customer's profile; a field left out keeps its value (use `clear` to empty one).")
    public static class CustomerUpdateInput {
        @Description("New mobile number, still unique within the company.")
        public String mobile;

        @Description("New name, 1-60 characters.")
        public String name;

        @Description("Gender as the customer gives it.")
        public Gender gender;

        @Description("Birthday, between 1900 and today.")
        public LocalDate birthday;

        @Description("Member tier.")
        public CustomerLevel level;

        @Id
        @Description("The shopping guide: an active staff member of the customer's company within your data scope.")
        public String guideId;

        @Description("Whether the customer agrees to marketing SMS. Granting records when (now) and where; withdrawing clears both.")
        public Boolean smsConsent;

        @Id
        @Description("The store of the company where consent is given; the home store when omitted. Only with `smsConsent: true`.")
        public String smsConsentStoreId;

        @Description("Fields to empty.")
        public List<@org.eclipse.microprofile.graphql.NonNull CustomerClearable> clear;
    }

    /** Fields of {@code customersReassign}. */
    @Input("CustomersReassignInput")
    @Description("Whose customers move where: name the customers or their current guide, and the new home store and/or guide.")
    public static class CustomersReassignInput {
        @Id
        @Description("These customers (in your scope); or use `fromGuideId`.")
        public List<@org.eclipse.microprofile.graphql.NonNull String> customerIds;

        @Id
        @Description("Every customer of this guide in your scope (e.g. a guide who leaves); or use `customerIds`.")
        public String fromGuideId;

        @Id
        @Description("The new home store: a store of the customers' company in your scope.")
        public String toHomeStoreId;

        @Id
        @Description("The new shopping guide: an active staff member of the customers' company in your scope.")
        public String toGuideId;
    }

    /** Fields of {@code customerNoteAdd}. */
    @Input("CustomerNoteInput")
    @Description("A note on a customer.")
    public static class CustomerNoteInput {
        @Description("The note, 1-1000 characters.")
        public String body;

        @Description("A day to follow up, today or later.")
        public LocalDate followUpOn;
    }

    /** Filter of {@code customers}. */
    @Input("CustomerFilter")
    @Description("Which customers to list; all given conditions must hold.")
    public static class CustomerFilter {
        @Id
        @Description("Only customers of this home store.")
        public String homeStoreId;

        @Description("Mobile number or name starting with this.")
        public String search;

        @Description("Only customers carrying this tag.")
        public String tag;

        @Description("Only members of this tier.")
        public CustomerLevel level;

        @Id
        @Description("Only customers of this shopping guide.")
        public String guideId;

        @Description("Lifetime spend at least.")
        public DecimalValue spendMin;

        @Description("Lifetime spend at most.")
        public DecimalValue spendMax;

        @Description("Last purchase at or after.")
        public OffsetDateTime lastPurchaseFrom;

        @Description("Last purchase before.")
        public OffsetDateTime lastPurchaseTo;

        @Description("Only customers who gave (true) or did not give (false) SMS consent.")
        public Boolean smsConsent;

        @Description("RFM recency score (1-5, 5 bought most recently) at least.")
        public Integer rfmRecencyMin;

        @Description("RFM frequency score (1-5) at least.")
        public Integer rfmFrequencyMin;

        @Description("RFM monetary score (1-5) at least.")
        public Integer rfmMonetaryMin;
    }
}
