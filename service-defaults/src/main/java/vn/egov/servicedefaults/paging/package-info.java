/** The one envelope every list of the public API answers with: the items and where they sit in the whole list. */
package vn.egov.servicedefaults.paging;
