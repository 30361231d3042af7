package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of the mutations of a document; the document itself is read after the change committed. */
@Type("StockDocumentPayload")
@Description("Result of a mutation of a document: the document as it is now, or why nothing was changed.")
public class StockDocumentPayload {

    private final Long documentId;
    private final List<InventoryUserError> userErrors;

    public StockDocumentPayload(Long documentId, List<InventoryUserError> userErrors) {
        this.documentId = documentId;
        this.userErrors = userErrors;
    }

    @Ignore
    public Long documentId() {
        return documentId;
    }

    @NonNull
    @Description("Why nothing was changed; empty on success.")
    public List<@NonNull InventoryUserError> getUserErrors() {
        return userErrors;
    }

    @Ignore
    public boolean succeeded() {
        return userErrors.isEmpty();
    }
}
