/** The working calendar legal deadlines are counted on: weekdays, public holidays and official make-up days. */
package vn.egov.dossier.calendar;
