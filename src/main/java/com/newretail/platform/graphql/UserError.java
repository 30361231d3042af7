package com.newretail.platform.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An expected business failure of a mutation, returned in its payload (never as a top-level error).
 * Each area implements it as a record {@code (code, field, message)} with its own {@code code} enum,
 * e.g. {@code OrganizationUserError}; the record's components give the type's fields.
 */
@Interface
@Name("UserError")
@Description("Why a mutation did not do what was asked. Nothing was changed when a payload has userErrors.")
public interface UserError {

    String MESSAGE = "What went wrong, in words a user can act on.";

    List<String> field();

    String message();

    @Description("Path to the input field at fault, e.g. [\"input\", \"code\"]; null when no single field is.")
    default List<@NonNull String> getField() {
        return field();
    }

    @NonNull
    @Description(MESSAGE)
    default String getMessage() {
        return message();
    }
}
