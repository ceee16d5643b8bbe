-- Every secondary index costs each of the 100,000 listings a catalog import writes. These four served only the listing
-- search and the catalog's filters and orders (status, vendor, brand, price), which no longer read the product table;
-- what else reads listings is served by the indexes that remain (src/README.md, "Indexes on product").
ALTER TABLE product
    DROP KEY idx_product_status_category,
    DROP KEY idx_product_vendor_status,
    DROP KEY idx_product_brand,
    DROP KEY idx_product_status_category_price;

-- The categories that have approved listings (the catalog's category list) are found through this index, which also
-- serves the category foreign key: it takes the place of the key InnoDB made for that foreign key alone.
ALTER TABLE product ADD KEY idx_product_category_status (category_code, status);
