package cn.taxprocurement.catalog;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A listing of the shortlisted catalog as a buyer reads it: the listing and its category's name. */
public record CatalogListing(@JsonUnwrapped ProductView listing, String categoryName) {}
