/** Values the services share that no event carries, each a record that validates itself. */
package vn.egov.values;
