"""Where a station keeps its config and its data; `MPP_KIOSK_HOME` moves both."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "mpp-kiosk"


@dataclass(frozen=True, slots=True)
class Paths:
    """The station's folders and the files in them."""

    config_dir: Path
    data_dir: Path

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Paths:
        """`MPP_KIOSK_HOME/{config,data}` when set, else the platform's user folders."""
        env = os.environ if environ is None else environ
        home = env.get("MPP_KIOSK_HOME")
        if home:
            root = Path(home).expanduser()
            return cls(root / "config", root / "data")
        import platformdirs  # only here: an installed station always has its home set

        return cls(
            Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        )

    @property
    def config_file(self) -> Path:
        """The station's TOML config."""
        return self.config_dir / "station.toml"

    @property
    def database(self) -> Path:
        """The SQLite store."""
        return self.data_dir / "station.sqlite"

    @property
    def backups(self) -> Path:
        """Database copies made before migrations and by `db backup`."""
        return self.data_dir / "backups"

    @property
    def prints(self) -> Path:
        """Where the demo's PDF printer writes."""
        return self.data_dir / "prints"

    @property
    def hall_key(self) -> Path:
        """The station's own ticket-signing key, used until the server hands out the hall's."""
        return self.data_dir / "hall.key"

    @property
    def catalogue_snapshot(self) -> Path:
        """The catalogue in use as plain JSON, so the kiosk can show Home before the store."""
        return self.data_dir / "catalogue-snapshot.json"

    @property
    def station_token(self) -> Path:
        """The token the hall's server gave this station at enrolment (a secret)."""
        return self.data_dir / "station.token"

    @property
    def form_key(self) -> Path:
        """The key that seals the personal answers of forms in the store."""
        return self.data_dir / "form.key"

    @property
    def logs(self) -> Path:
        """The station's own log files (rotated; never personal data)."""
        return self.data_dir / "logs"

    @property
    def exports(self) -> Path:
        """Where diagnostics exports go when no USB stick is chosen."""
        return self.data_dir / "exports"
