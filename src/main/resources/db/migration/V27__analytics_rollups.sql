-- Channel operations center ("people–goods–place"): roll-ups the dashboards aggregate instead of
-- the order tables. The sales themselves keep them current, in their own transaction (retail calls
-- analytics.api.SalesFacts on payment, refund and the cancellation of a paid order); the function
-- below rebuilds them from the orders, for this migration and for data loaded around the API
-- (bench/generate.sql).

-- Sales and returns per store, business day, hour of day (in the retail time zone) and salesperson
-- (NULL: sold without one). A sale counts when paid, a refund when refunded; the cancellation of a
-- paid order takes the sale back on the day it happens.
CREATE TABLE sales_hourly (
    store_id       bigint         NOT NULL REFERENCES org_unit (id),
    business_date  date           NOT NULL,
    hour           smallint       NOT NULL CHECK (hour BETWEEN 0 AND 23),
    staff_id       bigint,
    currency       char(3)        NOT NULL,
    orders         integer        NOT NULL DEFAULT 0,
    items          integer        NOT NULL DEFAULT 0,
    sales          numeric(14, 2) NOT NULL DEFAULT 0,
    returns        integer        NOT NULL DEFAULT 0,
    returned_items integer        NOT NULL DEFAULT 0,
    refunds        numeric(14, 2) NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX sales_hourly_uk ON sales_hourly (store_id, business_date, hour, (coalesce(staff_id, 0)));
CREATE INDEX sales_hourly_date_idx ON sales_hourly (business_date, store_id);

-- Units and sales per store, SKU and business day: sold when paid, returned when refunded.
CREATE TABLE sku_sales_daily (
    store_id      bigint         NOT NULL REFERENCES org_unit (id),
    business_date date           NOT NULL,
    sku_id        bigint         NOT NULL,
    sold          integer        NOT NULL DEFAULT 0,
    returned      integer        NOT NULL DEFAULT 0,
    sales         numeric(14, 2) NOT NULL DEFAULT 0,
    PRIMARY KEY (store_id, business_date, sku_id)
);
CREATE INDEX sku_sales_daily_date_idx ON sku_sales_daily (business_date, store_id);

-- Rebuilds both roll-ups from the orders (a paid order on its business day and the hour it was
-- created; a refund on the day and hour it was refunded; cancelled orders not at all).
CREATE FUNCTION analytics_rollups_rebuild(zone text) RETURNS void LANGUAGE sql AS $$
    DELETE FROM sales_hourly;
    DELETE FROM sku_sales_daily;
    INSERT INTO sales_hourly (store_id, business_date, hour, staff_id, currency, orders, items, sales)
    SELECT o.store_id, o.business_date, extract(hour FROM o.created_at AT TIME ZONE zone), o.salesperson_id, min(o.currency),
           count(*), sum((SELECT coalesce(sum(l.quantity), 0) FROM order_line l WHERE l.order_id = o.id)), sum(o.total)
    FROM retail_order o
    WHERE o.status IN ('PAID', 'FULFILLED', 'COMPLETED')
    GROUP BY 1, 2, 3, 4;
    INSERT INTO sales_hourly AS h (store_id, business_date, hour, staff_id, currency, returns, returned_items, refunds)
    SELECT o.store_id, (r.refunded_at AT TIME ZONE zone)::date, extract(hour FROM r.refunded_at AT TIME ZONE zone), o.salesperson_id,
           min(o.currency), count(*), sum((SELECT coalesce(sum(rl.quantity), 0) FROM order_return_line rl WHERE rl.return_id = r.id)),
           sum(r.refund_total)
    FROM order_return r
    JOIN retail_order o ON o.id = r.order_id
    WHERE r.status = 'REFUNDED'
    GROUP BY 1, 2, 3, 4
    ON CONFLICT (store_id, business_date, hour, (coalesce(staff_id, 0))) DO UPDATE
        SET returns = h.returns + EXCLUDED.returns, returned_items = h.returned_items + EXCLUDED.returned_items,
            refunds = h.refunds + EXCLUDED.refunds;
    INSERT INTO sku_sales_daily (store_id, business_date, sku_id, sold, sales)
    SELECT o.store_id, o.business_date, l.sku_id, sum(l.quantity), sum(l.line_total)
    FROM retail_order o
    JOIN order_line l ON l.order_id = o.id
    WHERE o.status IN ('PAID', 'FULFILLED', 'COMPLETED')
    GROUP BY 1, 2, 3;
    INSERT INTO sku_sales_daily AS d (store_id, business_date, sku_id, returned, sales)
    SELECT o.store_id, (r.refunded_at AT TIME ZONE zone)::date, rl.sku_id, sum(rl.quantity), -sum(rl.refund_amount)
    FROM order_return r
    JOIN order_return_line rl ON rl.return_id = r.id
    JOIN retail_order o ON o.id = r.order_id
    WHERE r.status = 'REFUNDED'
    GROUP BY 1, 2, 3
    ON CONFLICT (store_id, business_date, sku_id) DO UPDATE
        SET returned = d.returned + EXCLUDED.returned, sales = d.sales + EXCLUDED.sales;
$$;

SELECT analytics_rollups_rebuild('Asia/Shanghai');
