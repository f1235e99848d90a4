/** Lists of dossiers: an officer's agency inbox and a citizen's own dossiers, filtered, sorted and paged. */
package vn.egov.dossier.inbox;
