"""The domain model: rules and validation with no storage and no Qt."""
