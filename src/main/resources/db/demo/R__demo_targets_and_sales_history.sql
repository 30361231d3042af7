-- Demo data for dev mode only: about a year of generated daily sales per demo store (a yearly season
-- with Spring Festival, May Day, Golden Week and Double 11 peaks, busy weekends, steady growth and
-- noise), so attainment and targetSuggestions show something real; and this month's targets: each
-- store 8 % above its sales in the same month last year, each level above the sum of its children.
-- The Guangzhou flagship opened 45 days ago (suggested from its run rate). At the Lujiazui store the
-- demo clerk and the store manager are credited as salespeople. Seeded once, on an empty table.
DO $$
DECLARE
    seasons numeric[] := ARRAY[1.30, 0.70, 0.90, 0.95, 1.10, 1.00, 0.90, 0.92, 1.00, 1.20, 1.12, 1.15];
    this_month date := date_trunc('month', current_date)::date;
BEGIN
    IF EXISTS (SELECT 1 FROM sales_credit_daily) OR NOT EXISTS (SELECT 1 FROM org_unit WHERE code = 'S-SH-001') THEN
        RETURN;
    END IF;
    PERFORM setseed(0.42);
    CREATE TEMP TABLE demo_day ON COMMIT DROP AS
    SELECT s.id AS store_id, s.code, d::date AS day,
           round((8000 + (s.id % 7) * 1500) * seasons[extract(month FROM d)::int]
                 * CASE extract(isodow FROM d) WHEN 6 THEN 1.5 WHEN 7 THEN 1.5 WHEN 5 THEN 1.15 ELSE 0.85 END
                 * power(1.015, (d::date - (current_date - 400)) / 30.44)::numeric
                 * (0.85 + random() * 0.3)::numeric, 2) AS amount
    FROM org_unit s CROSS JOIN generate_series(current_date - 400, current_date - 1, interval '1 day') AS d
    WHERE s.type = 'STORE' AND (s.code <> 'S-GZ-DIRECT' OR d >= current_date - 45)
    ORDER BY s.id, d;

    INSERT INTO sales_credit_daily (business_date, store_id, staff_id, currency, amount, quantity, orders)
    SELECT d.day, d.store_id, st.id, 'CNY', round(d.amount * x.share, 2), round(d.amount * x.share / 180)::int,
           greatest(round(d.amount * x.share / 420)::int, 1)
    FROM demo_day d
    JOIN (VALUES ('E0004', 0.55), ('E0003', 0.30)) AS x(number, share) ON d.code = 'S-SH-001'
    JOIN staff st ON st.employee_number = x.number;

    INSERT INTO sales_credit_daily (business_date, store_id, staff_id, currency, amount, quantity, orders)
    SELECT d.day, d.store_id, NULL, 'CNY', round(d.amount * CASE WHEN d.code = 'S-SH-001' THEN 0.15 ELSE 1 END, 2),
           round(d.amount * CASE WHEN d.code = 'S-SH-001' THEN 0.15 ELSE 1 END / 180)::int,
           greatest(round(d.amount * CASE WHEN d.code = 'S-SH-001' THEN 0.15 ELSE 1 END / 420)::int, 1)
    FROM demo_day d;

    -- This month's targets, stores first, then each level as the sum of its children.
    INSERT INTO sales_target (org_unit_id, month, amount, currency, origin, updated_by)
    SELECT s.id, this_month,
           greatest(round(coalesce((SELECT sum(c.amount) FROM sales_credit_daily c WHERE c.store_id = s.id
                                    AND c.business_date >= (this_month - interval '1 year')::date
                                    AND c.business_date < (this_month + interval '1 month' - interval '1 year')::date), 0) * 1.08, -2),
                    150000),
           'CNY', 'SET', 'demo'
    FROM org_unit s WHERE s.type = 'STORE';
    FOR depth_level IN REVERSE 2..0 LOOP
        INSERT INTO sales_target (org_unit_id, month, amount, currency, origin, updated_by)
        SELECT u.id, this_month, sum(t.amount), 'CNY', 'SET', 'demo'
        FROM org_unit u JOIN org_unit c ON c.parent_id = u.id
        JOIN sales_target t ON t.org_unit_id = c.id AND t.staff_id IS NULL AND t.month = this_month
        WHERE u.depth = depth_level AND u.type <> 'STORE'
        GROUP BY u.id;
    END LOOP;
END $$;
