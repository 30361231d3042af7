package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.newretail.platform.mutation.PayloadKind;

/** Result of the mutations of a document; the document itself is read after the change committed. */
@Type("StockDocumentPayload")
@Description("Result of a mutation of a document: the document as it is now, or why nothing was changed.")
public record StockDocumentPayload(
        @Ignore Long documentId,
        @NonNull @Description("Why nothing was changed; empty on success.") List<@NonNull InventoryUserError> userErrors) {

    static final PayloadKind<Long, StockDocumentPayload, InventoryUserError> KIND = PayloadKind.ofId(InventoryUserError.AREA, StockDocument.TYPE, StockDocumentPayload::new,
            StockDocumentPayload::userErrors);
}
