"""Enrolling a station with the hall's server: a one-time code for a token, the hall's
ticket key and a number slot. The CLI and the setup wizard both call it.
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from kiosk.config import update_config
from kiosk.domain.text import Text
from kiosk.station import Station
from sync.client.api import ServerApi
from sync.client.credentials import save_token
from sync.client.errors import Refused, ServerTooOld
from sync.protocol import EnrolCheckRequest, EnrolRequest


class CodeInvalid(Refused):
    """The one-time code is wrong, expired or used already."""


@dataclass(frozen=True, slots=True)
class Enrolment:
    """What enrolment gave the station."""

    server_url: str
    hall_name: str
    role: str
    slot: int | None


@dataclass(frozen=True, slots=True)
class CodeCheck:
    """The station a one-time code is for, as the server knows it."""

    hall_name: str
    station_name: str
    role: str


def check_code(server_url: str, code: str, api: ServerApi | None = None) -> CodeCheck:
    """Test the server and the code without using the code up (the wizard's "Test").

    Raises the same errors as `enrol`, each naming its failure.
    """
    api = api or ServerApi(server_url)
    try:
        api.health()
        reply = api.check_code(EnrolCheckRequest(code=code.strip().upper()))
    except Refused as exc:
        if exc.status == 404:  # a server from before the code check
            raise ServerTooOld(
                Text(
                    "Server ini belum bisa memeriksa kode pendaftaran; perbarui server dahulu.",
                    "This server cannot check enrolment codes yet; update the server first.",
                )
            ) from exc
        if exc.status in (403, 422):
            raise _code_invalid(exc) from exc
        raise
    finally:
        api.close()
    return CodeCheck(reply.hall_name, reply.name, reply.role)


def enrol(
    station: Station,
    server_url: str,
    code: str,
    api: ServerApi | None = None,
    *,
    save_config: bool = True,
) -> Enrolment:
    """Enrol `station` with the server at `server_url` using a code from `mpp-server station add`.

    Raises a SyncError whose text names the failure (name not found, cannot connect,
    TLS certificate invalid, code wrong or used, server too old). On success the
    token, the hall key and the slot are saved, and (with `save_config`) the server
    address and role go into the config; the station's next start syncs with that server.
    The setup wizard writes the config itself, all at once.
    """
    api = api or ServerApi(server_url)
    try:
        api.health()
        reply = api.enrol(
            EnrolRequest(
                code=code.strip().upper(),
                station_id=station.store.station_id,
                name=station.config.name,
            )
        )
    except Refused as exc:
        if exc.status in (403, 404, 409):
            raise _code_invalid(exc) from exc
        raise
    finally:
        api.close()
    paths = station.paths
    save_token(paths.station_token, reply.token)
    _save_hall_key(station, base64.b64decode(reply.hall_key))
    station.sync.save_enrolment(reply.slot)
    if save_config:
        # The server knows a survey tablet as a kiosk (its token may do what a kiosk's
        # does); the station stays the tablet it was set up as.
        tablet = reply.role == "kiosk" and station.config.role == "survey"
        role = "survey" if tablet else reply.role
        update_config(paths.config_file, {"server": {"url": server_url}, "station": {"role": role}})
    return Enrolment(server_url, reply.hall_name, reply.role, reply.slot)


def _save_hall_key(station: Station, key: bytes) -> None:
    # The file holds raw bytes; write through a temporary file like every secret.
    path = station.paths.hall_key
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(key)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def _code_invalid(exc: Refused) -> CodeInvalid:
    if exc.status == 409:
        text = Text(
            "Stasiun ini sudah terdaftar di server dengan kode lain. Minta admin server "
            "mencabutnya dahulu (mpp-server station revoke).",
            "This station is enrolled with the server already under another code. Ask the "
            "server's admin to revoke it first (mpp-server station revoke).",
        )
    else:
        text = Text(
            "Kode pendaftaran salah, kedaluwarsa, atau sudah dipakai. Minta kode baru "
            "(mpp-server station add).",
            "The enrolment code is wrong, expired or used already. Ask for a new code "
            "(mpp-server station add).",
        )
    return CodeInvalid(text, exc.status, exc.code, exc.field)
