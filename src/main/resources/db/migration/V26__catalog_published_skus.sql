-- The catalog module's published read contract for reporting modules (ADR 0013): what a report
-- shows about a SKU and how it groups it (the product's own category).
CREATE VIEW api_sku_item AS
SELECT s.id AS sku_id, s.code AS sku_code, p.name AS product_name, p.category_id, c.name AS category_name
FROM sku s
JOIN product p ON p.id = s.product_id
LEFT JOIN category c ON c.id = p.category_id;
