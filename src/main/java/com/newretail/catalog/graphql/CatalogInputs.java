package com.newretail.catalog.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import com.newretail.catalog.domain.ProductDraft;
import com.newretail.catalog.domain.SkuDraft;
import com.newretail.platform.graphql.DecimalValue;
import com.newretail.platform.graphql.GlobalId;

/** Inputs of the catalog mutations. */
public final class CatalogInputs {

    private CatalogInputs() {
    }

    /** Fields of {@code categoryCreate} and {@code brandCreate}. */
    @Input("ProductFilter")
    @Description("Narrows the products. All given conditions must hold.")
    public static class ProductFilter {
        @Description("Name contains, or code/barcode equals, this text.")
        public String search;

        @Id
        @Description("Only products of this category.")
        public String categoryId;

        @Id
        @Description("Only products of this brand.")
        public String brandId;
    }

    @Input("CatalogEntryInput")
    @Description("A category or brand: code and name (and, for a category, its parent).")
    public static class EntryInput {
        @Description("Code: 1-40 letters, digits, '.', '-' or '_'. Unique.")
        public String code;

        @Description("Display name, 1-120 characters.")
        public String name;

        @Id
        @Description("Categories only: the parent category; omit for a top-level one.")
        public String parentId;
    }

    /** A SKU of {@code productCreate}. */
    @Input("SkuInput")
    @Description("A SKU of a new product.")
    public static class SkuInput {
        @Description("SKU code: 1-40 letters, digits, '.', '-' or '_'. Unique.")
        public String code;

        @Description("Barcode, 4-32 letters, digits or '-'. Unique.")
        public String barcode;

        @Description("Variant attributes as 'name=value', e.g. ['colour=red', 'size=M'].")
        public List<String> attributes;

        @Description("Retail price, at most 2 decimals.")
        public DecimalValue retailPrice;

        @Description("ISO 4217 currency; default CNY.")
        public String currency;

        SkuDraft toDraft() {
            return new SkuDraft(code, barcode, attributes, retailPrice == null ? null : retailPrice.value(), currency);
        }
    }

    /** Fields of {@code productCreate}. */
    @Input("ProductInput")
    @Description("A new product with its SKUs.")
    public static class ProductInput {
        @Description("Product code: 1-40 letters, digits, '.', '-' or '_'. Unique.")
        public String code;

        @Description("Display name, 1-200 characters.")
        public String name;

        @Description("Longer description, at most 2000 characters.")
        public String description;

        @Id
        @Description("The product's category.")
        public String categoryId;

        @Id
        @Description("The product's brand.")
        public String brandId;

        @Description("Unit of measure; default PCS.")
        public String unit;

        @Description("The SKUs (1-200).")
        public List<SkuInput> skus;

        ProductDraft toDraft() {
            return new ProductDraft(code, name, description,
                    GlobalId.decodeOptionalAt(categoryId, Category.TYPE, "input", "categoryId"),
                    GlobalId.decodeOptionalAt(brandId, Brand.TYPE, "input", "brandId"), unit,
                    skus == null ? List.of() : skus.stream().map(SkuInput::toDraft).toList());
        }
    }

    /** Fields of {@code priceListCreate}. */
    @Input("PriceListInput")
    @Description("A new price list: for one org unit (and below) or for a level, valid in a window.")
    public static class PriceListInput {
        @Description("Code: 1-40 letters, digits, '.', '-' or '_'. Unique.")
        public String code;

        @Description("Display name, 1-120 characters.")
        public String name;

        @Description("ISO 4217 currency; CNY when omitted.")
        public String currency;

        @Id
        @Description("The org unit it applies to (with everything below it). Give this or `level`.")
        public String orgUnitId;

        @Description("The level it applies to (every unit of that type). Give this or `orgUnitId`; hq-wide scope only.")
        public com.newretail.catalog.domain.PriceLevel level;

        @Description("First instant the prices apply.")
        public java.time.OffsetDateTime validFrom;

        @Description("Instant the prices stop applying; open-ended when omitted.")
        public java.time.OffsetDateTime validTo;
    }

    /** One SKU's price on a list. */
    @Input("PriceListItemInput")
    @Description("One SKU's price on a price list.")
    public static class PriceListItemInput {
        @Id
        @Description("The SKU.")
        public String skuId;

        @Description("The price, 0 or more with at most 2 decimals, in the list's currency.")
        public DecimalValue amount;
    }

    /** One row of {@code productsImport}. */
    @Input("ProductImportRowInput")
    @Description("One SKU and the product it belongs to. Rows with the same productCode form one product; an existing "
            + "product code adds the SKU to that product.")
    public static class ProductImportRowInput {
        @Description("Product code: 1-40 letters, digits, '.', '-' or '_'.")
        public String productCode;

        @Description("Product name, 1-200 characters; needed on at least one row of a new product (the first one is used).")
        public String productName;

        @Description("Category code of a new product.")
        public String categoryCode;

        @Description("Brand code of a new product.")
        public String brandCode;

        @Description("Unit of measure of a new product, 1-16 characters; PCS when omitted.")
        public String unit;

        @Description("SKU code: 1-40 letters, digits, '.', '-' or '_'. Unique.")
        public String skuCode;

        @Description("Barcode, 4-32 letters, digits or '-'. Unique.")
        public String barcode;

        @Description("Variant attributes as 'name=value', e.g. ['colour=red', 'size=M'].")
        public List<String> attributes;

        @Description("Retail price, at most 2 decimals.")
        public DecimalValue retailPrice;

        @Description("ISO 4217 currency; default CNY.")
        public String currency;

        com.newretail.catalog.domain.ImportRow toRow() {
            return new com.newretail.catalog.domain.ImportRow(productCode, productName, categoryCode, brandCode, unit, skuCode, barcode,
                    attributes, retailPrice == null ? null : retailPrice.value(), currency);
        }
    }

    /** Fields of {@code productUpdate}: null leaves a field as it is. */
    @Input("ProductUpdateInput")
    @Description("Changes to a product; a field left out keeps its value.")
    public static class ProductUpdateInput {
        @Description("New name, 1-200 characters.")
        public String name;

        @Description("New description, at most 2000 characters.")
        public String description;

        @Description("True to remove the description.")
        public Boolean clearDescription;

        @Id
        @Description("Another unarchived category.")
        public String categoryId;

        @Id
        @Description("Another unarchived brand.")
        public String brandId;

        @Description("New unit of sale, 1-16 characters.")
        public String unit;
    }

    /** Fields of {@code skuUpdate}: null leaves a field as it is. */
    @Input("SkuUpdateInput")
    @Description("Changes to a SKU; a field left out keeps its value. A replaced barcode still finds the SKU for "
            + "`newretail.catalog.replaced-barcode-days` (90 by default).")
    public static class SkuUpdateInput {
        @Description("New barcode, 4-32 letters, digits or '-'; not another SKU's, current or recently replaced.")
        public String barcode;

        @Description("True to remove the barcode (the old one still finds the SKU for a while).")
        public Boolean clearBarcode;

        @Description("New variant attributes as 'name=value', replacing the old ones.")
        public List<@org.eclipse.microprofile.graphql.NonNull String> attributes;

        @Description("New retail price, 0 or more with at most 2 decimals.")
        public DecimalValue retailPrice;
    }
}
