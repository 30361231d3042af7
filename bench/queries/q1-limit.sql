SELECT o.id, o.receipt_no, o.total, l.quantity, l.line_total, p.name
FROM (SELECT id, receipt_no, total FROM retail_order ORDER BY id DESC LIMIT 50) o
JOIN order_line l ON l.order_id = o.id JOIN sku s ON s.id = l.sku_id JOIN product p ON p.id = s.product_id
ORDER BY o.id DESC, l.line_no;
