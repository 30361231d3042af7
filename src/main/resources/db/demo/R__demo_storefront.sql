-- Dev-only demo coupon template for the workbench walkthrough: 10 % off (at most 50) at East China's
-- stores, claimed by a member with the code WELCOME10 (one per member), from 1 Jan 2026 to the end of 2027.
INSERT INTO coupon_template (name, kind, value, max_discount, owner_unit_id, stackable, valid_from, valid_to, hq_share, company_share,
                             dealer_share, on_return, per_person_limit, claim_code, created_by)
SELECT 'Welcome 10 % off', 'PERCENT_OFF', 10, 50, id, false, '2026-01-01T00:00:00+08:00', '2028-01-01T00:00:00+08:00', 50, 50, 0,
       'RESTORE', 1, 'WELCOME10', 'demo'
FROM org_unit WHERE code = 'SC-EAST'
  AND NOT EXISTS (SELECT 1 FROM coupon_template WHERE upper(claim_code) = 'WELCOME10');
