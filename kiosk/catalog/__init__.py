"""Reading the hall catalogue from its TOML file, validated, into domain objects."""
