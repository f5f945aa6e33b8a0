"""The HTTP API's routers, one module per part of the API."""
