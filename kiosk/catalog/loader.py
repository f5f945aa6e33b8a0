"""Load and validate a catalogue file; problems name the file, the entry and the field."""

from __future__ import annotations

import json
import tomllib
from collections import Counter as Tally
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kiosk.catalog.convert import to_domain
from kiosk.catalog.schema import CatalogueIn, FieldIn, FormIn
from kiosk.catalog.source import SEED_CATALOGUE as SEED_CATALOGUE  # re-exported
from kiosk.catalog.source import read_file
from kiosk.domain.catalogue import Catalogue
from kiosk.errors import CatalogueError


def load_file(path: Path) -> tuple[Catalogue, dict[str, Any]]:
    """Read a TOML catalogue; return it as domain objects and as plain JSON-ready data."""
    return load_bytes(read_file(path), path.name)


def load_bytes(content: bytes, source: str) -> tuple[Catalogue, dict[str, Any]]:
    """Parse and validate a TOML catalogue's bytes; `source` names it in errors."""
    try:
        raw = tomllib.loads(content.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise CatalogueError(source, [f"not UTF-8 text (byte {exc.start})"]) from exc
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(source, [f"not valid TOML: {exc}"]) from exc
    return load_data(raw, source)


def load_data(raw: Mapping[str, Any], source: str) -> tuple[Catalogue, dict[str, Any]]:
    """Validate already-parsed catalogue data (from a file, the store or the server)."""
    try:
        model = CatalogueIn.model_validate(raw)
    except ValidationError as exc:
        raise CatalogueError(source, [_describe(err, raw) for err in exc.errors()]) from exc
    problems = cross_check(model)
    if problems:
        raise CatalogueError(source, problems)
    data = model.model_dump(mode="json", exclude_none=True)
    return to_domain(data), data


def load_json(text: str, source: str) -> tuple[Catalogue, dict[str, Any]]:
    """Validate a catalogue kept as JSON (the store's snapshot)."""
    return load_data(json.loads(text), source)


def cross_check(model: CatalogueIn) -> list[str]:
    """Problems between entries: duplicates and references to things that do not exist."""
    problems = _duplicates("agencies", [a.code for a in model.agencies], "code")
    problems += _duplicates("services", [s.code for s in model.services], "code")
    problems += _duplicates("services", [s.prefix for s in model.services], "prefix")
    problems += _duplicates("counters", [c.number for c in model.counters], "number")
    problems += _duplicates("holidays", [h.date for h in model.holidays], "date")
    problems += _duplicates("forms", [f.id for f in model.forms], "id")
    agencies = {a.code for a in model.agencies}
    services = {s.code for s in model.services}
    forms = {f.id for f in model.forms}
    for i, service in enumerate(model.services):
        if service.agency not in agencies:
            where = f"services[{i}] ({service.code}): field 'agency'"
            problems.append(f"{where}: no agency with code '{service.agency}'")
        if service.form is not None and service.form not in forms:
            where = f"services[{i}] ({service.code}): field 'form'"
            problems.append(f"{where}: no form with id '{service.form}'")
    for i, form in enumerate(model.forms):
        problems += _form_problems(i, form)
    for i, counter in enumerate(model.counters):
        where = f"counters[{i}] (loket {counter.number})"
        if counter.agency not in agencies:
            problems.append(f"{where}: field 'agency': no agency with code '{counter.agency}'")
        problems += [
            f"{where}: field 'services': no service with code '{code}'"
            for code in counter.services
            if code not in services
        ]
    return problems


def _form_problems(index: int, form: FormIn) -> list[str]:
    """Fields of one form: unique ids, conditions that point back to an earlier field."""
    problems = []
    seen: dict[str, FieldIn] = {}
    for j, field in enumerate(form.fields):
        where = f"forms[{index}] ({form.id}): fields[{j}] ({field.id})"
        if field.id in seen:
            problems.append(f"{where}: field 'id': '{field.id}' is used more than once")
        condition = field.visible_when
        if condition is not None:
            target = seen.get(condition.field)
            if target is None:
                problems.append(
                    f"{where}: field 'visible_when.field': no earlier field '{condition.field}'"
                )
            else:
                allowed = _answers_of(target)
                wrong = [v for v in condition.equals if allowed is not None and v not in allowed]
                if wrong:
                    problems.append(
                        f"{where}: field 'visible_when.equals': '{condition.field}' "
                        f"cannot be {', '.join(repr(v) for v in wrong)}"
                    )
        seen[field.id] = field
    return problems


def _answers_of(field: FieldIn) -> set[str] | None:
    """The values a choice or yes/no field can take (None: any text)."""
    if field.type == "yes_no":
        return {"yes", "no"}
    if field.options:
        return {o.value for o in field.options}
    return None


def _duplicates(section: str, values: Sequence[object], field: str) -> list[str]:
    tally = Tally(values)
    return [
        f"{section}[{i}]: field '{field}': '{value}' is used more than once"
        for i, value in enumerate(values)
        if tally[value] > 1 and values.index(value) != i
    ]


def _describe(err: Mapping[str, Any], raw: Mapping[str, Any]) -> str:
    """One pydantic error as `services[3] (KTP-EL): field 'fee_idr': message`."""
    loc = list(err["loc"])
    entry, rest = _entry(loc, raw)
    field = ".".join(str(p) if not isinstance(p, int) else f"[{p}]" for p in rest)
    field = field.replace(".[", "[")
    message = str(err["msg"])
    if err["type"] == "extra_forbidden":
        message = "unknown field (a typo?)"
    where = f"{entry}: field '{field}'" if field else entry
    return f"{where}: {message}"


def _entry(loc: list[Any], raw: Mapping[str, Any]) -> tuple[str, list[Any]]:
    if not loc:
        return "catalogue", []
    if len(loc) >= 2 and isinstance(loc[1], int):
        section, index = str(loc[0]), loc[1]
        return f"{section}[{index}]{_code_of(raw, section, index)}", loc[2:]
    if loc[0] == "hall":
        return "hall", loc[1:]
    return "catalogue", loc


def _code_of(raw: Mapping[str, Any], section: str, index: int) -> str:
    items = raw.get(section)
    if not isinstance(items, list) or index >= len(items) or not isinstance(items[index], dict):
        return ""
    item = items[index]
    code = item.get("code", item.get("number", item.get("date")))
    return f" ({code})" if code is not None else ""
