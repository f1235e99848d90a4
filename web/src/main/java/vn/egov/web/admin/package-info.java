/** The administrators' pages: the procedure catalogue (create, new versions, retirement, levels) and the calendar. */
package vn.egov.web.admin;
