-- Dev-only demo catalog and stock (never in production: db/demo is on Flyway's path in %dev only).
-- Two categories, a brand, three products with five SKUs, a dealer warehouse and two store
-- warehouses, opening stock received through a posted RECEIPT document with its ledger rows,
-- and a dealer supply price list. Runs once: it does nothing when products exist.
DO $$
DECLARE
    tea bigint; teaware bigint; brand bigint; p bigint; doc bigint;
    dealer_wh bigint; store1_wh bigint; store2_wh bigint; pl bigint;
BEGIN
    IF EXISTS (SELECT 1 FROM product) OR NOT EXISTS (SELECT 1 FROM org_unit WHERE code = 'D-SH-01') THEN
        RETURN;
    END IF;
    INSERT INTO category (code, name) VALUES ('TEA', 'Tea') RETURNING id INTO tea;
    INSERT INTO category (code, name) VALUES ('TEAWARE', 'Teaware') RETURNING id INTO teaware;
    INSERT INTO brand (code, name) VALUES ('WESTLAKE', 'West Lake Tea Co.') RETURNING id INTO brand;

    INSERT INTO product (code, name, category_id, brand_id) VALUES ('LONGJING', 'Longjing green tea', tea, brand) RETURNING id INTO p;
    INSERT INTO sku (product_id, code, barcode, attributes, retail_price) VALUES
        (p, 'LONGJING-100G', '6901234500011', '{weight=100g}', 88.00),
        (p, 'LONGJING-250G', '6901234500028', '{weight=250g}', 198.00);
    INSERT INTO product (code, name, category_id, brand_id) VALUES ('JASMINE', 'Jasmine tea', tea, brand) RETURNING id INTO p;
    INSERT INTO sku (product_id, code, barcode, attributes, retail_price) VALUES
        (p, 'JASMINE-250G', '6901234500035', '{weight=250g}', 39.00);
    INSERT INTO product (code, name, category_id) VALUES ('GAIWAN', 'Porcelain gaiwan', teaware) RETURNING id INTO p;
    INSERT INTO sku (product_id, code, barcode, attributes, retail_price) VALUES
        (p, 'GAIWAN-WHITE', '6901234500042', '{colour=white}', 120.00),
        (p, 'GAIWAN-BLUE', '6901234500059', '{colour=blue}', 135.00);

    INSERT INTO warehouse (code, name, org_unit_id, type)
        SELECT 'WH-D-SH-01', 'Pudong dealer warehouse', id, 'DEALER' FROM org_unit WHERE code = 'D-SH-01' RETURNING id INTO dealer_wh;
    INSERT INTO warehouse (code, name, org_unit_id, type)
        SELECT 'WH-S-SH-001', 'Lujiazui back room', id, 'STORE' FROM org_unit WHERE code = 'S-SH-001' RETURNING id INTO store1_wh;
    INSERT INTO warehouse (code, name, org_unit_id, type)
        SELECT 'WH-S-SH-002', 'Century Park back room', id, 'STORE' FROM org_unit WHERE code = 'S-SH-002' RETURNING id INTO store2_wh;

    -- Opening stock, exactly as stockReceiptPost would write it: document, lines, levels, ledger.
    INSERT INTO stock_document (type, reason, warehouse_id, reference, status, actor, posted_at)
        VALUES ('RECEIPT', 'RECEIPT', dealer_wh, 'OPENING', 'POSTED', 'demo-seed', now()) RETURNING id INTO doc;
    INSERT INTO stock_document_line (document_id, sku_id, quantity) SELECT doc, id, 100 FROM sku;
    INSERT INTO stock_level (warehouse_id, sku_id, on_hand) SELECT dealer_wh, id, 100 FROM sku;
    INSERT INTO stock_ledger (warehouse_id, sku_id, reason, document_type, document_id, actor, delta_on_hand, on_hand_after, reserved_after)
        SELECT dealer_wh, id, 'RECEIPT', 'RECEIPT', doc, 'demo-seed', 100, 100, 0 FROM sku ORDER BY id;

    INSERT INTO stock_document (type, reason, warehouse_id, reference, status, actor, posted_at)
        VALUES ('RECEIPT', 'RECEIPT', store1_wh, 'OPENING', 'POSTED', 'demo-seed', now()) RETURNING id INTO doc;
    INSERT INTO stock_document_line (document_id, sku_id, quantity) SELECT doc, id, 10 FROM sku;
    INSERT INTO stock_level (warehouse_id, sku_id, on_hand, safety_stock) SELECT store1_wh, id, 10, 3 FROM sku;
    INSERT INTO stock_ledger (warehouse_id, sku_id, reason, document_type, document_id, actor, delta_on_hand, on_hand_after, reserved_after)
        SELECT store1_wh, id, 'RECEIPT', 'RECEIPT', doc, 'demo-seed', 10, 10, 0 FROM sku ORDER BY id;

    INSERT INTO price_list (code, name, org_unit_type, valid_from, created_by)
        VALUES ('DEALER-SUPPLY', 'Dealer supply price', 'DEALER', '2026-01-01T00:00:00+08:00', 'demo-seed') RETURNING id INTO pl;
    INSERT INTO price_list_item (price_list_id, sku_id, amount) SELECT pl, id, round(retail_price * 0.6, 2) FROM sku;
END $$;
