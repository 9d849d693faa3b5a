"""Monitoring config: Prometheus scrape config and rules, Grafana provisioning and dashboards."""
