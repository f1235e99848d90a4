/** The codes that identify agencies and dossiers in events and APIs, each a record that validates itself. */
package vn.egov.contracts.codes;
