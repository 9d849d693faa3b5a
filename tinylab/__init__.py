"""The cross-service contract: settings, job schema, task names, Redis keys, the Celery app."""
