package com.newretail.inventory.graphql;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import com.newretail.inventory.api.StockLine;
import com.newretail.inventory.domain.DiscrepancyReason;
import com.newretail.inventory.api.StockReason;
import com.newretail.inventory.domain.StocktakeService;
import com.newretail.inventory.domain.TransferService;
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

        StockLine toLine(int index) {
            return new StockLine(GlobalId.decodeAt(skuId, "Sku", "input", "lines", index, "skuId"), quantity);
        }

        static List<StockLine> toLines(List<StockLineInput> lines) {
            return lines == null ? List.of()
                    : java.util.stream.IntStream.range(0, lines.size()).mapToObj(i -> lines.get(i).toLine(i)).toList();
        }
    }

    /** Fields of {@code stockReceiptPost} and {@code stockIssuePost}. */
    @Input("StockDocumentInput")
    @Description("A stock document to post at once: the warehouse, an external reference and the lines.")
    public static class StockDocumentInput {
        @Id
        @Description("The warehouse the stock comes into or leaves.")
        public String warehouseId;

        @Description("Receipts: RECEIPT (default) or RETURN. Issues: SALE, DAMAGE, SCRAP or ADJUSTMENT (required).")
        public StockReason reason;

        @Description("External reference, e.g. a delivery note number; at most 64 characters.")
        public String reference;

        @Description("The lines; each SKU at most once.")
        public List<StockLineInput> lines;

        List<StockLine> toLines() {
            return StockLineInput.toLines(lines);
        }
    }

    /** Fields of {@code stockDocumentUpdate} and {@code stockTransferUpdate}. */
    @Input("StockLinesUpdateInput")
    @Description("New reference and lines of a draft; they replace the old ones.")
    public static class StockLinesUpdateInput {
        @Description("External reference; at most 64 characters.")
        public String reference;

        @Description("The lines; each SKU at most once.")
        public List<StockLineInput> lines;

        List<StockLine> toLines() {
            return StockLineInput.toLines(lines);
        }
    }

    /** Fields of {@code stockTransferCreate}. */
    @Input("StockTransferInput")
    @Description("A transfer to save as a DRAFT.")
    public static class StockTransferInput {
        @Id
        @Description("Where the goods leave from; must be in your data scope.")
        public String sourceWarehouseId;

        @Id
        @Description("Where the goods go; any warehouse (e.g. returning goods to the dealer's warehouse).")
        public String targetWarehouseId;

        @Description("External reference; at most 64 characters.")
        public String reference;

        @Description("The lines; each SKU at most once.")
        public List<StockLineInput> lines;

        List<StockLine> toLines() {
            return StockLineInput.toLines(lines);
        }
    }

    /** A shortfall reported by the receiver. */
    @Input("TransferDiscrepancyInput")
    @Description("Units of a SKU shipped on the transfer that did not arrive as stock.")
    public static class TransferDiscrepancyInput {
        @Id
        @Description("The SKU.")
        public String skuId;

        @Description("Units, at least 1.")
        public int quantity;

        @Description("Lost or damaged.")
        public DiscrepancyReason reason;

        @Description("What happened; at most 255 characters.")
        public String note;

        TransferService.Discrepancy toDiscrepancy(int index) {
            return new TransferService.Discrepancy(GlobalId.decodeAt(skuId, "Sku", "input", "discrepancies", index, "skuId"),
                    quantity, reason, note);
        }
    }

    /** Fields of {@code stockTransferReceive}. */
    @Input("StockTransferReceiveInput")
    @Description("What arrived, and what did not.")
    public static class StockTransferReceiveInput {
        @Description("Units taken into the target warehouse, by SKU.")
        public List<StockLineInput> lines;

        @Description("Units that will not arrive (lost, damaged), by SKU.")
        public List<TransferDiscrepancyInput> discrepancies;

        List<StockLine> toLines() {
            return StockLineInput.toLines(lines);
        }

        List<TransferService.Discrepancy> toDiscrepancies() {
            return discrepancies == null ? List.of()
                    : java.util.stream.IntStream.range(0, discrepancies.size()).mapToObj(i -> discrepancies.get(i).toDiscrepancy(i)).toList();
        }
    }

    /** Fields of {@code stocktakeStart}. */
    @Input("StocktakeStartInput")
    @Description("Which stock to count.")
    public static class StocktakeStartInput {
        @Id
        @Description("The warehouse.")
        public String warehouseId;

        @Id
        @Description("Only SKUs of this category and its subcategories; all SKUs when null.")
        public String categoryId;

        @DefaultValue("false")
        @Description("Counters do not see book quantities while counting.")
        public Boolean blind;
    }

    /** One counted SKU. */
    @Input("StocktakeCountInput")
    @Description("Units of one SKU found.")
    public static class StocktakeCountInput {
        @Id
        @Description("The SKU.")
        public String skuId;

        @Description("Units counted, 0 or more.")
        public int quantity;

        StocktakeService.Count toCount(int index) {
            return new StocktakeService.Count(GlobalId.decodeAt(skuId, "Sku", "input", "counts", index, "skuId"), quantity);
        }
    }

    /** Fields of {@code stocktakeCountsRecord}. */
    @Input("StocktakeCountsInput")
    @Description("One batch of counts (a shelf, an aisle, a counter's round).")
    public static class StocktakeCountsInput {
        @Description("A label for the batch, e.g. the aisle; at most 64 characters.")
        public String batch;

        @DefaultValue("false")
        @Description("Replace earlier counts of these SKUs instead of adding to them (a recount).")
        public Boolean replace;

        @Description("The counts; each SKU at most once per batch, at most 1000.")
        public List<StocktakeCountInput> counts;

        List<StocktakeService.Count> toCounts() {
            return counts == null ? List.of()
                    : java.util.stream.IntStream.range(0, counts.size()).mapToObj(i -> counts.get(i).toCount(i)).toList();
        }
    }

    /** Fields of {@code stockReservationCreate}. */
    @Input("StockReservationInput")
    @Description("Stock to hold for an order awaiting pickup.")
    public static class StockReservationInput {
        @Id
        @Description("The warehouse the goods are held in.")
        public String warehouseId;

        @Description("External reference, e.g. the order number; at most 64 characters.")
        public String reference;

        @Description("When the hold runs out: in the future, at most 30 days ahead.")
        public OffsetDateTime expiresAt;

        @Description("The lines; each SKU at most once.")
        public List<StockLineInput> lines;

        List<StockLine> toLines() {
            return StockLineInput.toLines(lines);
        }
    }
}
