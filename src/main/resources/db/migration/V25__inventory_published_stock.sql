-- The inventory module's published read contracts (ADR 0013). Sellable stock
-- per store and SKU, summed over the store's shop-floor warehouses. Readers name this view, never
-- the tables behind it, so inventory may reshape its tables as long as the view keeps its columns.
CREATE VIEW api_store_stock AS
SELECT w.org_unit_id AS store_id, l.sku_id, sum(l.on_hand)::integer AS on_hand,
       sum(l.on_hand - l.reserved)::integer AS available, sum(l.safety_stock)::integer AS safety_stock
FROM stock_level l
JOIN warehouse w ON w.id = l.warehouse_id
WHERE w.type = 'STORE'
GROUP BY w.org_unit_id, l.sku_id;

-- Which org unit a warehouse belongs to and what kind it is, for modules whose rows point at warehouses
-- and must apply the data scope of the warehouse's org unit (replenishment requests).
CREATE VIEW api_warehouse AS
SELECT w.id AS warehouse_id, w.org_unit_id, w.type, w.code, w.name
FROM warehouse w;
