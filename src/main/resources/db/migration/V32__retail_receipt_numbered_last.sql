-- A sale's receipt number is taken last in its transaction (OrderStore.ISSUE_RECEIPT), after the stock
-- has moved: the store's counter row is locked only from then until the commit, not through the whole
-- sale, so the store's other tills wait for it far less. Until then, within the placing transaction
-- only, the order has no number; every committed order has one (NULLs never clash in the unique key).
ALTER TABLE retail_order ALTER COLUMN receipt_no DROP NOT NULL;
