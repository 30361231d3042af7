-- The positions a retail channel starts with. Headquarters may change or add to them.
INSERT INTO position (code, name, description, realm_roles, data_scope) VALUES
 ('HQ_ADMIN', 'Headquarters administrator', 'Runs master data and the whole channel.', '{hq-admin}', 'ALL'),
 ('HQ_ANALYST', 'Headquarters analyst', 'Reads reports across the whole channel.', '{analyst}', 'ALL'),
 ('HQ_MARKETING', 'Marketing operator', 'Runs campaigns, coupons, SMS and questionnaires.', '{marketing-operator}', 'ALL'),
 ('REGIONAL_MANAGER', 'Regional manager', 'Manages a sales company and everything below it.', '{org-admin,analyst}', 'ORG_AND_DESCENDANTS'),
 ('DEALER_OWNER', 'Dealer owner', 'Runs a dealer and its stores.', '{org-admin,store-manager}', 'ORG_AND_DESCENDANTS'),
 ('STORE_MANAGER', 'Store manager', 'Runs a store: approvals, staff, targets.', '{store-manager}', 'ORG_AND_DESCENDANTS'),
 ('SHOPPING_GUIDE', 'Shopping guide (sales clerk)', 'Sells at the POS and looks after their customers.', '{sales-clerk}', 'ORG_ONLY'),
 ('WAREHOUSE_KEEPER', 'Warehouse keeper', 'Receives, issues, transfers and counts stock.', '{warehouse-keeper}', 'ORG_AND_DESCENDANTS');
