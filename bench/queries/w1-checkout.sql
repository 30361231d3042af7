-- W1 reference: the statements the service runs for a till sale of 2 lines (the writes of cartCreate,
-- then the cartCheckout transaction, as captured from PostgreSQL's statement log), with pgbench
-- choosing a store 26..45 (warehouse 1..20) and two SKUs stocked there, like bench/wrk/checkout.lua.
\set w random(1, 20)
\set store :w + 25
\set s1 ((:w - 1 - 44 * random(0, 4)) % 221 + 221) % 221 + 221 * random(1, (:skus - 221) / 221)
\set s2 ((:w - 1 - 44 * random(0, 4)) % 221 + 221) % 221 + 221 * random(1, (:skus - 221) / 221)
BEGIN;
INSERT INTO cart (store_id, warehouse_id, status, created_by) VALUES (:store, :w, 'OPEN', 'pgbench') RETURNING id AS cart \gset
SELECT status, version FROM cart WHERE id = :cart FOR UPDATE;
INSERT INTO cart_line (cart_id, line_no, sku_id, quantity, line_discount, discount_reason) VALUES (:cart, 1, :s1, 1, 0, NULL), (:cart, 2, :s2, 1, 0, NULL);
UPDATE cart SET version = version + 1, updated_at = now() WHERE id = :cart;
INSERT INTO audit_event (actor, operation, target_ids, scope_path, changes) VALUES ('pgbench', 'cartCreate', ARRAY['Cart:' || :cart], (SELECT path FROM org_unit WHERE id = :store), '{}'::jsonb);
COMMIT;
BEGIN;
INSERT INTO platform_idempotency_key (actor, key, operation, request_hash) VALUES ('pgbench', 'w1-' || :cart, 'cartCheckout', 'h') ON CONFLICT (actor, key) DO NOTHING;
SELECT status, store_id, warehouse_id FROM cart WHERE id = :cart FOR UPDATE;
SELECT sku_id, quantity, line_discount FROM cart_line WHERE cart_id = :cart ORDER BY line_no;
SELECT id, retail_price, currency FROM sku WHERE id IN (:s1, :s2);
INSERT INTO receipt_counter (store_id, business_date, last_no) VALUES (:store, current_date, 1) ON CONFLICT (store_id, business_date) DO UPDATE SET last_no = receipt_counter.last_no + 1 RETURNING last_no AS no \gset
INSERT INTO retail_order (store_id, warehouse_id, receipt_no, business_date, status, cart_id, currency, subtotal, line_discounts, coupon_discount, total, paid, change_given, created_by, shift_id, kind) VALUES (:store, :w, to_char(current_date, 'YYYYMMDD') || '-' || CASE WHEN :no < 10000 THEN lpad(:no::text, 4, '0') ELSE :no::text END, current_date, 'COMPLETED', :cart, 'CNY', 20, 0, 0, 20, 5000, 4980, 'pgbench', (SELECT id FROM shift WHERE store_id = :store AND cashier = 'pgbench' AND status = 'OPEN'), 'SALE') RETURNING id AS order_id \gset
INSERT INTO order_line (order_id, line_no, sku_id, quantity, unit_price, line_discount, coupon_share, line_total) VALUES (:order_id, 1, :s1, 1, 10, 0, 0, 10), (:order_id, 2, :s2, 1, 10, 0, 0, 10);
INSERT INTO payment (order_id, tender, amount) VALUES (:order_id, 'CASH', 5000);
INSERT INTO order_event (order_id, type, actor, detail) VALUES (:order_id, 'CREATED', 'pgbench', 'Checkout at the till'), (:order_id, 'PAID', 'pgbench', 'CASH 5000.00'), (:order_id, 'FULFILLED', 'pgbench', 'Handed over at the till'), (:order_id, 'COMPLETED', 'pgbench', NULL);
WITH moved AS (UPDATE stock_level SET on_hand = on_hand - 1, updated_at = now() WHERE warehouse_id = :w AND sku_id = :s1 AND on_hand - reserved >= 1 RETURNING warehouse_id, sku_id, on_hand, reserved) INSERT INTO stock_ledger (warehouse_id, sku_id, reason, document_type, document_id, actor, delta_on_hand, delta_reserved, on_hand_after, reserved_after) SELECT warehouse_id, sku_id, 'SALE', 'ORDER', :order_id, 'pgbench', -1, 0, on_hand, reserved FROM moved;
WITH moved AS (UPDATE stock_level SET on_hand = on_hand - 1, updated_at = now() WHERE warehouse_id = :w AND sku_id = :s2 AND on_hand - reserved >= 1 RETURNING warehouse_id, sku_id, on_hand, reserved) INSERT INTO stock_ledger (warehouse_id, sku_id, reason, document_type, document_id, actor, delta_on_hand, delta_reserved, on_hand_after, reserved_after) SELECT warehouse_id, sku_id, 'SALE', 'ORDER', :order_id, 'pgbench', -1, 0, on_hand, reserved FROM moved;
UPDATE cart SET status = 'CHECKED_OUT', version = version + 1, updated_at = now() WHERE id = :cart;
INSERT INTO audit_event (actor, operation, target_ids, scope_path, changes) VALUES ('pgbench', 'cartCheckout', ARRAY['Order:' || :order_id], (SELECT path FROM org_unit WHERE id = :store), '{}'::jsonb);
UPDATE platform_idempotency_key SET result_id = 'Order:' || :order_id WHERE actor = 'pgbench' AND key = 'w1-' || :cart;
COMMIT;
