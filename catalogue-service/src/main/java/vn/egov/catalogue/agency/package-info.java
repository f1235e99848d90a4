/** The city's agencies in four tiers (departments, districts, communes, central agencies in the city). */
package vn.egov.catalogue.agency;
