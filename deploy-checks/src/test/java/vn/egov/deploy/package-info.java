/** Tests of the deployment files under {@code deploy/}: Kubernetes overlays, Prometheus rules, Grafana dashboards. */
package vn.egov.deploy;
