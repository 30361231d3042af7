-- Dev-only demo for the user operations walkthrough (README "User operations"): six East China members
-- (five with SMS consent, two tagged VIP), the segment "East VIPs", an SMS template with a survey link,
-- and the published survey "Tea habits" whose answer "Green" tags a member "Green tea lover".
INSERT INTO customer (company_id, mobile, name, home_store_id, created_by, level, sms_consent, sms_consent_at)
SELECT c.id, m.mobile, m.name, s.id, 'demo', m.level, m.consent, CASE WHEN m.consent THEN now() END
FROM (VALUES ('13900000001', 'Chen Jie', 'S-SH-001', 'GOLD', true), ('13900000002', 'Li Na', 'S-SH-001', 'REGULAR', true),
             ('13900000003', 'Wang Fang', 'S-SH-002', 'SILVER', true), ('13900000004', 'Zhao Lei', 'S-HZ-001', 'REGULAR', false),
             ('13900000005', 'Sun Mei', 'S-HZ-001', 'GOLD', true), ('13900000006', 'Zhou Yu', 'S-HZ-002', 'REGULAR', true))
     AS m(mobile, name, store, level, consent)
JOIN org_unit s ON s.code = m.store
JOIN org_unit c ON c.code = 'SC-EAST'
WHERE NOT EXISTS (SELECT 1 FROM customer x WHERE x.company_id = c.id AND x.mobile = m.mobile);

INSERT INTO customer_tag (customer_id, name, kind, created_by)
SELECT x.id, 'VIP', 'MANUAL', 'demo' FROM customer x WHERE x.mobile IN ('13900000001', '13900000005')
ON CONFLICT (customer_id, name) DO NOTHING;

INSERT INTO segment (name, description, rule, rule_text, created_by)
SELECT 'East VIPs', 'East China members tagged VIP (demo)', '{"all":[{"homeStoreUnderId":"' || g.id || '"},{"tag":"VIP"}]}',
       'home store under ' || g.id || ' AND tag "VIP"', 'demo'
FROM (SELECT translate(rtrim(encode(convert_to('OrgUnit:' || u.id, 'UTF8'), 'base64'), '='), '+/', '-_') AS id
      FROM org_unit u WHERE u.code = 'SC-EAST') g
WHERE NOT EXISTS (SELECT 1 FROM segment WHERE lower(name) = 'east vips' AND archived_at IS NULL);

INSERT INTO sms_template (name, signature, body, created_by)
SELECT 'Tea survey invitation', 'New Retail', 'Hi {name}, tell us about your tea and get a treat at {store}: {link}', 'demo'
WHERE NOT EXISTS (SELECT 1 FROM sms_template WHERE name = 'Tea survey invitation');

DO $$
DECLARE
    new_survey bigint;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM survey WHERE title = 'Tea habits') THEN
        INSERT INTO survey (title, intro, status, one_per_customer, created_by, published_at)
        VALUES ('Tea habits', 'Two minutes about the tea you like.', 'PUBLISHED', true, 'demo', now()) RETURNING id INTO new_survey;
        INSERT INTO survey_question (survey_id, position, kind, prompt, options, required, rating_max) VALUES
            (new_survey, 1, 'SINGLE_CHOICE', 'Which tea do you drink most?', '{Green,Black,Oolong}', true, NULL),
            (new_survey, 2, 'RATING', 'How do you like our store?', '{}', true, 5),
            (new_survey, 3, 'TEXT', 'Anything we should stock?', '{}', false, NULL);
        INSERT INTO survey_tag_rule (survey_id, position, option, tag) VALUES (new_survey, 1, 'Green', 'Green tea lover');
    END IF;
END $$;

-- A red packet for the spring campaign, and the campaign itself as a DRAFT for the walkthrough (schedule it to run it).
INSERT INTO coupon_template (name, kind, value, owner_unit_id, stackable, valid_from, valid_to, hq_share, company_share, dealer_share, on_return,
                             budget, per_person_limit, created_by)
SELECT 'Spring red packet ¥8', 'RED_PACKET', 8, id, true, '2026-01-01T00:00:00+08:00', '2028-01-01T00:00:00+08:00', 70, 30, 0, 'RESTORE', 2000, 1,
       'demo'
FROM org_unit WHERE code = 'SC-EAST'
  AND NOT EXISTS (SELECT 1 FROM coupon_template WHERE name = 'Spring red packet ¥8');

INSERT INTO operation_task (name, goal, segment_id, coupon_template_id, sms_template_id, survey_id, control_percent, start_at, attribution_days,
                            budget, owner)
SELECT 'Spring VIP red packet', 'Bring East China VIPs back in spring; learn their tea habits', s.id, c.id, t.id, v.id, 0, now(), 14, 500.00,
       'hq-admin'
FROM segment s, coupon_template c, sms_template t, survey v
WHERE s.name = 'East VIPs' AND s.archived_at IS NULL AND c.name = 'Spring red packet ¥8' AND t.name = 'Tea survey invitation'
  AND v.title = 'Tea habits'
  AND NOT EXISTS (SELECT 1 FROM operation_task WHERE name = 'Spring VIP red packet');
