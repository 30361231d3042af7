-- Demo staff for dev mode only, bound to the demo users of the realm file (fixed Keycloak user ids),
-- so each demo user sees the part of the tree their position allows.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM staff) OR NOT EXISTS (SELECT 1 FROM org_unit WHERE code = 'HQ') THEN
        RETURN;
    END IF;
    INSERT INTO staff (company_id, employee_number, name, mobile, email, org_unit_id, position_id, hire_date,
                       account_user_id, account_username, account_status)
    SELECT (SELECT id FROM org_unit WHERE code = d.company), d.number, d.name, d.mobile, d.email,
           (SELECT id FROM org_unit WHERE code = d.unit), (SELECT id FROM position WHERE code = d.position),
           DATE '2024-03-01', d.user_id, d.username, 'ACTIVE'
    FROM (VALUES
        ('HQ', 'E0001', 'Hua Qiang', '13800000001', 'hq-admin@demo.newretail.local', 'HQ', 'HQ_ADMIN', '5b1c7f0e-0000-4000-8000-000000000001', 'hq-admin'),
        ('SC-EAST', 'E0002', 'Zhou Min', '13800000002', 'org-admin@demo.newretail.local', 'SC-EAST', 'REGIONAL_MANAGER', '5b1c7f0e-0000-4000-8000-000000000002', 'org-admin'),
        ('SC-EAST', 'E0003', 'Li Na', '13800000003', 'store-manager@demo.newretail.local', 'S-SH-001', 'STORE_MANAGER', '5b1c7f0e-0000-4000-8000-000000000003', 'store-manager'),
        ('SC-EAST', 'E0004', 'Wang Fang', '13800000004', 'sales-clerk@demo.newretail.local', 'S-SH-001', 'SHOPPING_GUIDE', '5b1c7f0e-0000-4000-8000-000000000004', 'sales-clerk'),
        ('SC-EAST', 'E0005', 'Chen Gang', '13800000005', 'warehouse-keeper@demo.newretail.local', 'D-SH-01', 'WAREHOUSE_KEEPER', '5b1c7f0e-0000-4000-8000-000000000005', 'warehouse-keeper'),
        ('HQ', 'E0006', 'Liu Yang', '13800000006', 'marketing-operator@demo.newretail.local', 'HQ', 'HQ_MARKETING', '5b1c7f0e-0000-4000-8000-000000000006', 'marketing-operator'),
        ('HQ', 'E0007', 'Zhao Lei', '13800000007', 'analyst@demo.newretail.local', 'HQ', 'HQ_ANALYST', '5b1c7f0e-0000-4000-8000-000000000007', 'analyst')
    ) AS d(company, number, name, mobile, email, unit, position, user_id, username);
END $$;
