-- Dev-only demo sales for the channel operations center: completed till sales at the two Shanghai
-- stores over the last 60 days and the same days a year earlier (for year-over-year), 1-5 a day per
-- store between 09:00 and 21:00, 1-3 lines each, some by a member of staff; then the dashboards'
-- roll-ups are rebuilt from the orders. Runs once (after the stock and staff demo files).
DO $$
DECLARE
    store record;
    sale_day date;
    n integer;
    new_order bigint;
    sold_at timestamptz;
    seller bigint;
BEGIN
    IF EXISTS (SELECT 1 FROM retail_order WHERE created_by = 'demo-history') OR NOT EXISTS (SELECT 1 FROM sku) THEN
        RETURN;
    END IF;
    FOR store IN SELECT u.id, w.id AS warehouse_id, u.code FROM org_unit u JOIN warehouse w ON w.org_unit_id = u.id AND w.type = 'STORE'
                 WHERE u.code IN ('S-SH-001', 'S-SH-002') LOOP
        FOR sale_day IN SELECT d::date FROM generate_series(current_date - 60, current_date - 1, interval '1 day') d
                   UNION ALL SELECT (d - interval '1 year')::date FROM generate_series(current_date - 60, current_date - 1, interval '1 day') d LOOP
            FOR n IN 1 .. 1 + abs(hashtext(store.code || sale_day)) % 5 LOOP
                sold_at := (sale_day + time '09:00' + ((abs(hashtext(store.code || sale_day || n)) % 720) || ' minutes')::interval) AT TIME ZONE 'Asia/Shanghai';
                SELECT id INTO seller FROM staff WHERE org_unit_id = store.id ORDER BY id OFFSET (abs(hashtext(sale_day || n::text)) % 3) LIMIT 1;
                INSERT INTO retail_order (store_id, warehouse_id, receipt_no, business_date, status, salesperson_id, currency, subtotal,
                                          line_discounts, coupon_discount, total, paid, change_given, created_by, created_at, kind)
                VALUES (store.id, store.warehouse_id, 'H' || lpad(n::text, 4, '0'), sale_day, 'COMPLETED', seller, 'CNY', 0, 0, 0, 0, 0, 0,
                        'demo-history', sold_at, 'SALE')
                RETURNING id INTO new_order;
                INSERT INTO order_line (order_id, line_no, sku_id, quantity, unit_price, line_discount, coupon_share, line_total)
                SELECT new_order, row_number() OVER (ORDER BY s.id), s.id, 1 + abs(hashtext(new_order || s.code)) % 3, s.retail_price, 0, 0,
                       s.retail_price * (1 + abs(hashtext(new_order || s.code)) % 3)
                FROM sku s WHERE abs(hashtext(new_order::text || s.id)) % 5 < 2 OR s.id = (SELECT min(id) FROM sku);
                UPDATE retail_order o SET subtotal = t.total, total = t.total, paid = t.total
                FROM (SELECT sum(line_total) AS total FROM order_line WHERE order_id = new_order) t WHERE o.id = new_order;
                INSERT INTO payment (order_id, tender, amount) SELECT new_order, 'CASH', total FROM retail_order WHERE id = new_order;
            END LOOP;
        END LOOP;
    END LOOP;
    PERFORM analytics_rollups_rebuild('Asia/Shanghai');
END $$;
