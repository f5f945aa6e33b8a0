"""Where the server keeps its database: `--db URL`, else a SQLite file under its data folder."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

APP_NAME = "mpp-server"
#: Moves the server's data folder (the default SQLite file lives there).
HOME_VARIABLE = "MPP_SERVER_HOME"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8470


def data_dir(environ: Mapping[str, str] | None = None) -> Path:
    """`MPP_SERVER_HOME` when set, else the platform's user data folder for mpp-server."""
    env = os.environ if environ is None else environ
    home = env.get(HOME_VARIABLE)
    if home:
        return Path(home).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_url(environ: Mapping[str, str] | None = None) -> str:
    """The SQLite database a server uses when no `--db` is given."""
    return f"sqlite:///{data_dir(environ) / 'server.sqlite'}"
