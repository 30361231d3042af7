package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Result of {@code stockReceiptPost` and `stockIssuePost}. */
@Type("StockDocumentPostPayload")
@Description("Result of `stockReceiptPost` and `stockIssuePost`.")
public class StockDocumentPostPayload {

    private final StockDocument document;
    private final List<InventoryUserError> userErrors;

    public StockDocumentPostPayload(StockDocument document, List<InventoryUserError> userErrors) {
        this.document = document;
        this.userErrors = userErrors;
    }

    @Description("The posted document; null when there are userErrors.")
    public StockDocument getDocument() {
        return document;
    }

    @NonNull
    @Description("Why nothing was changed; empty on success.")
    public List<@NonNull InventoryUserError> getUserErrors() {
        return userErrors;
    }

    public boolean succeeded() {
        return userErrors.isEmpty();
    }
}
