package com.newretail.customer.graphql;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.customer.persistence.CustomerReader.CustomerRow;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Node;

/** GraphQL view of a customer. */
@Type("Customer")
@Description("A customer (member) of a sales company, found at checkout by mobile number.")
public class Customer implements Node {

    public static final String TYPE = "Customer";

    private final CustomerRow row;

    public Customer(CustomerRow row) {
        this.row = row;
    }

    @Ignore
    public CustomerRow row() {
        return row;
    }

    /** The database id, for other modules' fields on Customer. */
    @Ignore
    public long internalId() {
        return row.id();
    }

    @Override
    @Id
    @NonNull
    @Description("Globally unique, opaque ID of this customer.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("Mobile number, unique within the company.")
    public String getMobile() {
        return row.mobile();
    }

    @NonNull
    @Description("Name.")
    public String getName() {
        return row.name();
    }

    @NonNull
    @Description("When the customer signed up.")
    public OffsetDateTime getCreatedAt() {
        return row.createdAt();
    }
}
