package com.newretail.customer.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

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

    /** Filter of {@code customers}. */
    @Input("CustomerFilter")
    @Description("Which customers to list.")
    public static class CustomerFilter {
        @Id
        @Description("Only customers of this home store.")
        public String homeStoreId;

        @Description("Mobile number or name starting with this.")
        public String search;
    }
}
