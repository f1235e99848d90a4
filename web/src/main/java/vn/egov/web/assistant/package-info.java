/** The procedure assistant's chat box on the home and procedure pages: a plain form, improved by a script. */
package vn.egov.web.assistant;
