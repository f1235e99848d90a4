/** The platform's architecture rules, one set for every deployable, checked by a test in each. */
package vn.egov.testsupport.architecture;
