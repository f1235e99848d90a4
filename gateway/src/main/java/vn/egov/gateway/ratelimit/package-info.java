/** Rate limits per caller and class of call, counted in PostgreSQL so that every gateway instance enforces one limit. */
package vn.egov.gateway.ratelimit;
