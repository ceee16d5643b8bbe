-- A listing key is already folded (ListingKey.fold: NFKC, lower case, white space collapsed), and two listings
-- collide exactly when their keys are equal, as the import's own check compares them. Compared under
-- utf8mb4_unicode_ci, keys that differ collided too ('ß' and 'ss', 'é' and 'e'), and every insert into the two
-- indexes that hold the key weighed each character by the collation's tables; compared by their bytes, they do not.
ALTER TABLE product MODIFY listing_key VARCHAR(210) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;
