package com.newretail.platform.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An expected business failure of a mutation, returned in its payload (never as a top-level error).
 * Each area implements it with its own {@code code} enum, e.g. {@code OrganizationUserError}.
 */
@Interface
@Name("UserError")
@Description("Why a mutation did not do what was asked. Nothing was changed when a payload has userErrors.")
public interface UserError {

    @Description("Path to the input field at fault, e.g. [\"input\", \"code\"]; null when no single field is.")
    List<@NonNull String> getField();

    @NonNull
    @Description("What went wrong, in words a user can act on.")
    String getMessage();
}
