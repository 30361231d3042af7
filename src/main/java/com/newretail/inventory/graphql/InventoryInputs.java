package com.newretail.inventory.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import com.newretail.inventory.api.StockLine;
import com.newretail.inventory.domain.StockReason;
import com.newretail.inventory.domain.WarehouseType;
import com.newretail.platform.graphql.GlobalId;

/** Inputs of the inventory mutations. */
public final class InventoryInputs {

    private InventoryInputs() {
    }

    /** Fields of {@code warehouseCreate}. */
    @Input("WarehouseInput")
    @Description("A new warehouse.")
    public static class WarehouseInput {
        @Description("Code: 1-32 letters, digits, '-' or '_'. Unique.")
        public String code;

        @Description("Display name, 1-120 characters.")
        public String name;

        @Id
        @Description("The org unit the warehouse belongs to.")
        public String orgUnitId;

        @Description("What the warehouse is for.")
        public WarehouseType type;
    }

    /** A line of a stock document. */
    @Input("StockLineInput")
    @Description("A quantity of one SKU.")
    public static class StockLineInput {
        @Id
        @Description("The SKU.")
        public String skuId;

        @Description("Units, 1 to 1,000,000.")
        public int quantity;

        StockLine toLine() {
            return new StockLine(GlobalId.decode(skuId, "Sku"), quantity);
        }
    }

    /** Fields of {@code stockReceiptPost} and {@code stockIssuePost}. */
    @Input("StockDocumentInput")
    @Description("A stock document to post at once: the warehouse, an external reference and the lines.")
    public static class StockDocumentInput {
        @Id
        @Description("The warehouse the stock comes into or leaves.")
        public String warehouseId;

        @Description("Issues only: why stock leaves (SALE, DAMAGE, SCRAP, ADJUSTMENT). Receipts are always RECEIPT.")
        public StockReason reason;

        @Description("External reference, e.g. a delivery note number; at most 64 characters.")
        public String reference;

        @Description("The lines; each SKU at most once.")
        public List<StockLineInput> lines;

        List<StockLine> toLines() {
            return lines == null ? List.of() : lines.stream().map(StockLineInput::toLine).toList();
        }
    }
}
