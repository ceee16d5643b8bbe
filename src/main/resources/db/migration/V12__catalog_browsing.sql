-- Buyers browse the catalog one category at a time by price, cheapest or dearest first: APPROVED listings of a
-- category are read in this index's order (equal prices by id, which InnoDB appends to every secondary key) instead of
-- sorting all of them for one page. Newest first keeps idx_product_status_category, whose order is the id's.
ALTER TABLE product ADD KEY idx_product_status_category_price (status, category_code, unit_price);
