-- Deterministic benchmark data, loaded with set-based INSERT … SELECT (not through the API).
-- psql -v size=1 -v seed=42 -f bench/generate.sql   (size 1: 10k products/SKUs, 221 warehouses,
-- 50k stock levels, 20k customers, 50k orders with 3 lines each, HQ → 4 companies → 20 dealers → 200 stores)
-- Every "random" choice is a hash of (row number, seed): the same size and seed give the same rows.
\set ON_ERROR_STOP on
SET session_replication_role = replica;  -- no triggers (live-update NOTIFYs) while loading
SET synchronous_commit = off;

SELECT set_config('bench.seed', :'seed', false);
CREATE OR REPLACE FUNCTION pg_temp.r(i bigint, salt int) RETURNS bigint LANGUAGE sql STABLE AS
    $$ SELECT abs(hashint8(i * 1000003 + salt + current_setting('bench.seed')::bigint * 7919)::bigint) $$;

BEGIN;
-- The channel tree (ids 1..225): HQ 1, companies 2..5, dealers 6..25, stores 26..225.
INSERT INTO org_unit (id, code, name, type, parent_id, path, depth)
VALUES (1, 'B-HQ', 'Bench Headquarters', 'HEADQUARTERS', NULL, '/1/', 0);
INSERT INTO org_unit (id, code, name, type, parent_id, path, depth)
SELECT c, 'B-SC-' || c, 'Sales Company ' || c, 'SALES_COMPANY', 1, '/1/' || c || '/', 1 FROM generate_series(2, 5) c;
INSERT INTO org_unit (id, code, name, type, parent_id, path, depth)
SELECT d, 'B-DL-' || d, 'Dealer ' || d, 'DEALER', 2 + (d - 6) / 5, '/1/' || (2 + (d - 6) / 5) || '/' || d || '/', 2
FROM generate_series(6, 25) d;
INSERT INTO org_unit (id, code, name, type, parent_id, path, depth)
SELECT s, 'B-ST-' || s, 'Store ' || s, 'STORE', 6 + (s - 26) / 10,
       '/1/' || (2 + (6 + (s - 26) / 10 - 6) / 5) || '/' || (6 + (s - 26) / 10) || '/' || s || '/', 3
FROM generate_series(26, 225) s;

-- Warehouses 1..221: one per store (same number as the store minus 25), one per dealer, one central.
INSERT INTO warehouse (id, code, name, org_unit_id, type)
SELECT s - 25, 'B-WH-ST-' || s, 'Store ' || s || ' shop floor', s, 'STORE' FROM generate_series(26, 225) s;
INSERT INTO warehouse (id, code, name, org_unit_id, type)
SELECT 200 + d - 5, 'B-WH-DL-' || d, 'Dealer ' || d || ' warehouse', d, 'DEALER' FROM generate_series(6, 25) d;
INSERT INTO warehouse (id, code, name, org_unit_id, type) VALUES (221, 'B-WH-CENTRAL', 'Central warehouse', 1, 'CENTRAL');

-- Catalog: 20 categories, 10 brands, products with one SKU each.
INSERT INTO category (id, code, name) SELECT c, 'B-CAT-' || c, 'Category ' || c FROM generate_series(1, 20) c;
INSERT INTO brand (id, code, name) SELECT b, 'B-BR-' || b, 'Brand ' || b FROM generate_series(1, 10) b;
INSERT INTO product (id, code, name, category_id, brand_id)
SELECT p, 'B-P-' || lpad(p::text, 6, '0'), 'Product ' || p || ' ' || (ARRAY['Tea', 'Cup', 'Kettle', 'Tray', 'Pot'])[1 + pg_temp.r(p, 1) % 5],
       1 + pg_temp.r(p, 2) % 20, 1 + pg_temp.r(p, 3) % 10
FROM generate_series(1, 10000 * :size) p;
INSERT INTO sku (id, product_id, code, barcode, retail_price)
SELECT p, p, 'B-SKU-' || lpad(p::text, 6, '0'), '69' || lpad(p::text, 11, '0'), (5 + pg_temp.r(p, 4) % 500) + 0.90
FROM generate_series(1, 10000 * :size) p;

-- Stock: every SKU in 5 different warehouses, ample on hand; one opening RECEIPT ledger row each.
INSERT INTO stock_level (warehouse_id, sku_id, on_hand, reserved)
SELECT 1 + (s + k * 44) % 221, s, 100000 + pg_temp.r(s * 5 + k, 5) % 1000, 0
FROM generate_series(1, 10000 * :size) s, generate_series(0, 4) k;
INSERT INTO stock_ledger (warehouse_id, sku_id, reason, document_type, document_id, actor, delta_on_hand, on_hand_after, reserved_after)
SELECT warehouse_id, sku_id, 'RECEIPT', 'RECEIPT', 0, 'bench-loader', on_hand, on_hand, 0 FROM stock_level;

-- Members: each belongs to a company and a home store of it; mobiles are unique.
INSERT INTO customer (id, company_id, mobile, name, home_store_id, created_by)
SELECT c, 2 + (st - 26) / 50, '13' || lpad(c::text, 9, '0'), 'Member ' || c, st, 'bench-loader'
FROM (SELECT c, 26 + pg_temp.r(c, 6) % 200 AS st FROM generate_series(1, 20000 * :size) c) x;

-- Orders: completed till sales over the last 90 days, 70 % by a member;
-- 3 lines each; one payment each.
INSERT INTO retail_order (id, store_id, warehouse_id, receipt_no, business_date, status, customer_id, currency,
                          subtotal, line_discounts, coupon_discount, total, paid, change_given, created_by, created_at, kind)
SELECT o, st, st - 25, to_char(at, 'YYYYMMDD') || '-' || lpad(o::text, 8, '0'), at::date, 'COMPLETED',
       CASE WHEN pg_temp.r(o, 8) % 10 < 7 THEN 1 + pg_temp.r(o, 9) % (20000 * :size) END, 'CNY',
       0, 0, 0, 0, 0, 0, 'bench-loader', at, 'SALE'
FROM (SELECT o, 26 + pg_temp.r(o, 7) % 200 AS st,
             now() - make_interval(secs => (pg_temp.r(o, 10) % (90 * 86400))::int) AS at
      FROM generate_series(1, 50000 * :size) o) x;
INSERT INTO order_line (order_id, line_no, sku_id, quantity, unit_price, line_discount, coupon_share, line_total)
SELECT o, l, s.id, q, s.retail_price, 0, 0, s.retail_price * q
FROM (SELECT o, l, 1 + pg_temp.r(o * 3 + l, 11) % (10000 * :size) AS sku, 1 + pg_temp.r(o * 3 + l, 12) % 3 AS q
      FROM generate_series(1, 50000 * :size) o, generate_series(1, 3) l) x
JOIN sku s ON s.id = x.sku;
UPDATE retail_order o SET subtotal = t.total, total = t.total, paid = t.total
FROM (SELECT order_id, sum(line_total) AS total FROM order_line GROUP BY order_id) t WHERE t.order_id = o.id;
INSERT INTO payment (order_id, tender, amount, reference)
SELECT id, CASE WHEN id % 2 = 0 THEN 'CASH' ELSE 'BANK_CARD' END, total, CASE WHEN id % 2 = 1 THEN 'SLIP-' || id END
FROM retail_order;
INSERT INTO order_event (order_id, type, actor) SELECT id, 'COMPLETED', 'bench-loader' FROM retail_order;

-- Identity columns continue after the loaded rows.
SELECT setval(pg_get_serial_sequence('org_unit', 'id'), 225);
SELECT setval(pg_get_serial_sequence('warehouse', 'id'), 221);
SELECT setval(pg_get_serial_sequence('category', 'id'), 20);
SELECT setval(pg_get_serial_sequence('brand', 'id'), 10);
SELECT setval(pg_get_serial_sequence('product', 'id'), 10000 * :size);
SELECT setval(pg_get_serial_sequence('sku', 'id'), 10000 * :size);
SELECT setval(pg_get_serial_sequence('customer', 'id'), 20000 * :size);
SELECT setval(pg_get_serial_sequence('retail_order', 'id'), 50000 * :size);
-- The dashboards' roll-ups, as the sales would have kept them.
SELECT analytics_rollups_rebuild('Asia/Shanghai');
COMMIT;
ANALYZE;
