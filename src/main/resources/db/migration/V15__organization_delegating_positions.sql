-- Nobody may hand out a position whose roles they do not hold themselves (PositionAssignmentRule).
-- The positions that appoint people therefore carry the roles of the positions they appoint: a
-- dealer owner appoints store managers, shopping guides and warehouse keepers; a regional manager
-- also appoints dealer owners.
UPDATE position SET realm_roles = '{org-admin,store-manager,sales-clerk,warehouse-keeper}', updated_at = now()
 WHERE code = 'DEALER_OWNER' AND realm_roles = '{org-admin,store-manager}';
UPDATE position SET realm_roles = '{org-admin,analyst,store-manager,sales-clerk,warehouse-keeper}', updated_at = now()
 WHERE code = 'REGIONAL_MANAGER' AND realm_roles = '{org-admin,analyst}';
