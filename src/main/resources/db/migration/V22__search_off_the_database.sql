-- Listings are searched in each replica's own index (catalog/ListingIndex), which reads brand, model and specs
-- themselves: the FULLTEXT index and its hex words cost every listing written and no query reads them any more.
ALTER TABLE product DROP INDEX ft_product_search, DROP COLUMN search_text;
