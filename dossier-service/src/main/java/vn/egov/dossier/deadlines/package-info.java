/** Legal deadlines after the fact: the overdue scan and apologies with a new date (form 04). */
package vn.egov.dossier.deadlines;
