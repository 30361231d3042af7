package com.newretail.organization.graphql;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.organization.domain.AccountStatus;
import com.newretail.organization.domain.StaffStatus;
import com.newretail.organization.persistence.StaffRow;
import com.newretail.platform.graphql.GlobalId;
import com.newretail.platform.graphql.Node;

/** GraphQL view of a staff member. */
@Type("Staff")
@Description("A person working in the channel: where, in which position, and their sign-in account.")
public class Staff implements Node {

    static final String AFTER_CHANGE = "The staff member after the change; null when there are userErrors.";

    public static final String TYPE = "Staff";

    private final StaffRow row;

    public Staff(StaffRow row) {
        this.row = row;
    }

    @Ignore
    public StaffRow row() {
        return row;
    }

    @Override
    @Id
    @NonNull
    @Description("Globally unique, opaque ID of this staff member.")
    public String getId() {
        return GlobalId.encode(TYPE, row.id());
    }

    @NonNull
    @Description("Employee number, unique within the sales company.")
    public String getEmployeeNumber() {
        return row.employeeNumber();
    }

    @NonNull
    @Description("Full name.")
    public String getName() {
        return row.name();
    }

    @Description("Mobile phone number.")
    public String getMobile() {
        return row.mobile();
    }

    @Description("Email address.")
    public String getEmail() {
        return row.email();
    }

    @Description("First working day.")
    public LocalDate getHireDate() {
        return row.hireDate();
    }

    @NonNull
    @Description("Whether the person currently works here.")
    public StaffStatus getStatus() {
        return row.status();
    }

    @Description("Keycloak username; null before an account is provisioned.")
    public String getAccountUsername() {
        return row.accountUsername();
    }

    @NonNull
    @Description("Whether the person can sign in.")
    public AccountStatus getAccountStatus() {
        return row.accountStatus();
    }

    @NonNull
    @Description("When the record was created.")
    public OffsetDateTime getCreatedAt() {
        return row.createdAt();
    }

    @NonNull
    @Description("When the record was last changed.")
    public OffsetDateTime getUpdatedAt() {
        return row.updatedAt();
    }
}
