\set n random(1, :skus)
SELECT s.id, s.code, p.name, w.code, sl.on_hand, sl.on_hand - sl.reserved
FROM sku s JOIN product p ON p.id = s.product_id JOIN stock_level sl ON sl.sku_id = s.id JOIN warehouse w ON w.id = sl.warehouse_id
WHERE s.code = 'B-SKU-' || lpad(:n::text, 6, '0') ORDER BY w.code;
