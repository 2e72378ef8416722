-- What an import reads about an item besides its text (issue 7), read again by every re-import
-- unless the secretariat edited the item:
-- requested:     the plan asks the work of bodies outside its issuer's authority ("Đề nghị Tòa án
--                nhân dân tỉnh …", section III); its leads are kept but nobody is assigned, so they
--                owe nothing until the secretariat assigns them by hand.
-- no_lead_named: nothing printed says who leads the item (D-021); a person must say.
ALTER TABLE item
    ADD COLUMN requested     BOOLEAN NOT NULL DEFAULT FALSE AFTER edited,
    ADD COLUMN no_lead_named BOOLEAN NOT NULL DEFAULT FALSE AFTER requested;
