package vn.egov.catalogue.archfixture.util;

/** Breaks package by feature: a util drawer. */
public class Strings {}
