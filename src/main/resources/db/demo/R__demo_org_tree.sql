-- Demo data for dev mode only (quarkus:dev adds db/demo to the Flyway locations).
-- Seeds the channel tree once, on an empty database.
CREATE OR REPLACE FUNCTION pg_temp.demo_add_unit(p_code text, p_name text, p_type text, p_parent_code text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    parent org_unit%ROWTYPE;
    new_id bigint;
BEGIN
    IF p_parent_code IS NULL THEN
        INSERT INTO org_unit (code, name, type, parent_id, path, depth)
        VALUES (p_code, p_name, p_type, NULL, '', 0) RETURNING id INTO new_id;
        UPDATE org_unit SET path = '/' || new_id || '/' WHERE id = new_id;
    ELSE
        SELECT * INTO parent FROM org_unit WHERE code = p_parent_code;
        INSERT INTO org_unit (code, name, type, parent_id, path, depth)
        VALUES (p_code, p_name, p_type, parent.id, '', parent.depth + 1) RETURNING id INTO new_id;
        UPDATE org_unit SET path = parent.path || new_id || '/' WHERE id = new_id;
    END IF;
END $$;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM org_unit) THEN
        RETURN;
    END IF;
    PERFORM pg_temp.demo_add_unit('HQ', 'New Retail Headquarters', 'HEADQUARTERS', NULL);
    PERFORM pg_temp.demo_add_unit('SC-EAST', 'East China Sales Company', 'SALES_COMPANY', 'HQ');
    PERFORM pg_temp.demo_add_unit('SC-SOUTH', 'South China Sales Company', 'SALES_COMPANY', 'HQ');
    PERFORM pg_temp.demo_add_unit('D-SH-01', 'Shanghai Pudong Dealer', 'DEALER', 'SC-EAST');
    PERFORM pg_temp.demo_add_unit('D-HZ-01', 'Hangzhou West Lake Dealer', 'DEALER', 'SC-EAST');
    PERFORM pg_temp.demo_add_unit('D-GZ-01', 'Guangzhou Tianhe Dealer', 'DEALER', 'SC-SOUTH');
    PERFORM pg_temp.demo_add_unit('D-SZ-01', 'Shenzhen Futian Dealer', 'DEALER', 'SC-SOUTH');
    PERFORM pg_temp.demo_add_unit('S-SH-001', 'Shanghai Lujiazui Store', 'STORE', 'D-SH-01');
    PERFORM pg_temp.demo_add_unit('S-SH-002', 'Shanghai Century Park Store', 'STORE', 'D-SH-01');
    PERFORM pg_temp.demo_add_unit('S-HZ-001', 'Hangzhou Hubin Store', 'STORE', 'D-HZ-01');
    PERFORM pg_temp.demo_add_unit('S-HZ-002', 'Hangzhou Xixi Store', 'STORE', 'D-HZ-01');
    PERFORM pg_temp.demo_add_unit('S-GZ-001', 'Guangzhou Zhujiang New Town Store', 'STORE', 'D-GZ-01');
    PERFORM pg_temp.demo_add_unit('S-SZ-001', 'Shenzhen Coastal City Store', 'STORE', 'D-SZ-01');
    PERFORM pg_temp.demo_add_unit('S-SZ-002', 'Shenzhen Civic Center Store', 'STORE', 'D-SZ-01');
    PERFORM pg_temp.demo_add_unit('S-GZ-DIRECT', 'Guangzhou Flagship Store (direct)', 'STORE', 'SC-SOUTH');
END $$;
