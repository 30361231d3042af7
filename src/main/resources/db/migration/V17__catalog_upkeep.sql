-- Master data upkeep: optimistic versions on categories and brands (products and SKUs have them),
-- archiving instead of deleting, and a SKU's replaced barcode kept resolvable for a while (labels
-- printed with it are still on the shelves).
ALTER TABLE category
    ADD COLUMN version     bigint      NOT NULL DEFAULT 0,
    ADD COLUMN archived_at timestamptz,
    ADD COLUMN updated_at  timestamptz NOT NULL DEFAULT now();
ALTER TABLE brand
    ADD COLUMN version     bigint      NOT NULL DEFAULT 0,
    ADD COLUMN archived_at timestamptz,
    ADD COLUMN updated_at  timestamptz NOT NULL DEFAULT now();
ALTER TABLE product ADD COLUMN archived_at timestamptz;

CREATE TABLE sku_barcode_alias (
    barcode     varchar(32) PRIMARY KEY,
    sku_id      bigint      NOT NULL REFERENCES sku (id),
    retired_at  timestamptz NOT NULL DEFAULT now(),
    valid_until timestamptz NOT NULL
);
CREATE INDEX sku_barcode_alias_sku_idx ON sku_barcode_alias (sku_id);
