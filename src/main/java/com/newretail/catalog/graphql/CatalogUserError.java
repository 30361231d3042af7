package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.catalog.domain.CatalogErrorCode;
import com.newretail.platform.graphql.AreaUserError;
import com.newretail.platform.graphql.UserError;
import com.newretail.platform.mutation.ErrorArea;
import com.newretail.platform.mutation.Refusal;

/** A userError of the catalog area. */
@Type("CatalogUserError")
@Description("Why a catalog mutation did not do what was asked.")
public class CatalogUserError extends AreaUserError<CatalogErrorCode> implements UserError {

    public static final ErrorArea<CatalogErrorCode, CatalogUserError> AREA = ErrorArea.of(CatalogErrorCode.class, CatalogUserError::new);

    public CatalogUserError(Refusal<CatalogErrorCode> refusal) {
        super(refusal);
    }

    @Override
    @Description("Path to the input field at fault, e.g. [\"input\", \"skus\", \"0\", \"barcode\"].")
    public List<@NonNull String> getField() {
        return super.getField();
    }

    @NonNull
    @Description("Machine-readable reason.")
    public CatalogErrorCode getCode() {
        return code();
    }
}
