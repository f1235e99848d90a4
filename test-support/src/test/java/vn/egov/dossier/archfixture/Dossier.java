package vn.egov.dossier.archfixture;

/** A class of another deployable. */
public class Dossier {}
