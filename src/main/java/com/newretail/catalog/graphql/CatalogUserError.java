package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.catalog.domain.CatalogErrorCode;
import com.newretail.platform.graphql.UserError;
import com.newretail.platform.mutation.ErrorArea;

/** A userError of the catalog area. */
@Type("CatalogUserError")
@Description("Why a catalog mutation did not do what was asked.")
public record CatalogUserError(
        @NonNull @Description("Machine-readable reason.") CatalogErrorCode code,
        @Description("Path to the input field at fault, e.g. [\"input\", \"skus\", \"0\", \"barcode\"].") List<@NonNull String> field,
        @NonNull @Description(UserError.MESSAGE) String message) implements UserError {

    public static final ErrorArea<CatalogErrorCode, CatalogUserError> AREA = ErrorArea.of(CatalogErrorCode.class,
            refusal -> new CatalogUserError(refusal.code(), refusal.field(), refusal.message()));
}
