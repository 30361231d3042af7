package com.newretail.organization.graphql;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import com.newretail.organization.domain.StaffDraft;
import com.newretail.platform.graphql.GlobalId;

/** Fields of {@code staffCreate} and {@code staffUpdate}. */
@Input("StaffInput")
@Description("Fields of a staff member. Creating needs employeeNumber, name and positionId; updating changes only those given.")
public class StaffInput {

    @Description("Employee number: 1-32 letters, digits, '-' or '_', unique within the sales company.")
    public String employeeNumber;

    @Description("Full name, 1-120 characters.")
    public String name;

    @Description("Mobile number: 6-20 digits, optionally with a leading +.")
    public String mobile;

    @Description("Email address.")
    public String email;

    @Description("First working day.")
    public LocalDate hireDate;

    @Id
    @Description("The position held. Changing it also changes the account's realm roles in Keycloak.")
    public String positionId;

    StaffDraft toDraft() {
        return new StaffDraft(employeeNumber, name, mobile, email, hireDate,
                GlobalId.decodeOptionalAt(positionId, Position.TYPE, "input", "positionId"));
    }
}
