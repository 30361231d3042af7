\set c random(1, :customers)
SELECT o.id, o.receipt_no, o.total, l.quantity, l.line_total, s.code
FROM (SELECT id, receipt_no, total FROM retail_order WHERE customer_id = :c ORDER BY id DESC LIMIT 10) o
JOIN order_line l ON l.order_id = o.id JOIN sku s ON s.id = l.sku_id
ORDER BY o.id DESC, l.line_no;
