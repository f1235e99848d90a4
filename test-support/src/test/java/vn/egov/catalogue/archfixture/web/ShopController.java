package vn.egov.catalogue.archfixture.web;

/** A web adapter, which the domain must not know. */
public class ShopController {}
