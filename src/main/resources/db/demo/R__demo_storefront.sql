-- Dev-only demo coupon for the workbench walkthrough: 10 % off for East China, from 1 Jan 2026.
INSERT INTO coupon (code, kind, value, company_id, valid_from)
SELECT 'WELCOME10', 'PERCENT', 10, id, '2026-01-01T00:00:00+08:00' FROM org_unit WHERE code = 'SC-EAST'
ON CONFLICT (code) DO NOTHING;
