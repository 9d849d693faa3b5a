"""The gateway: authenticates callers, applies input guardrails, enqueues jobs, returns results."""
