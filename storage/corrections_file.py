"""The reviewed corrections file: `corrections/*.yml`, read, checked and written.

Corrections are data kept apart from code, like zavod/OpenSanctions datapatches: a person (or a reviewer
of a pull request) reads the file, and every run applies it again after extraction. This module only
turns YAML into checked, normalised entries (and editor corrections back into YAML); `corrections.py`
stores them and `corrections_apply.py` applies them.

An entry (see README, "Corrections"):

    - id: year-of-cum-2-chair          # optional; a stable hash of the entry by default
      action: reject | change | add | merge | keep_apart
      who: Nguyễn Thị Lan              # required, with when and why
      when: 2024-05-02
      why: the article reviews 2020, not 2021
      fact: {article: /vi/tintucsukien/slug, kind: membership, unit: ..., year: 2021, role: chair}
      set: {year: 2020}                # change only
      quote: "…the sentence…"          # add only: the sentence of the article that states the fact
      units: [kept name or key, merged name or key, ...]   # merge / keep_apart (or clusters: [...])

Any problem (unknown action or field, a bad year, a missing `why`) is a `CorrectionsError` whose message
is one line naming the file and the entry, raised before anything is stored.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import yaml

ACTIONS = ("reject", "change", "add", "merge", "keep_apart")
# The fields that identify and describe a fact of each kind (what a selector, `set` and `add` may name).
FIELDS = {
    "membership": ("cluster", "unit", "year", "role"),
    "ranking": ("cluster", "unit", "year", "rank"),
    "award": ("recipient", "award", "grantor", "year", "status"),
}
KEY_OF = {"cluster": "cluster_key", "unit": "unit_key", "recipient": "recipient_key"}
REQUIRED_TO_ADD = {
    "membership": ("cluster", "unit", "year", "role"),
    "ranking": ("unit", "year", "rank"),
    "award": ("recipient", "award", "status"),
}
ROLES = ("chair", "vice_chair", "member")
STATUSES = ("proposed", "conferred")
_COMMON = {"id", "action", "who", "when", "why"}
_BY_ACTION = {"reject": {"fact"}, "change": {"fact", "set"}, "add": {"fact", "quote"},
              "merge": {"units", "clusters"}, "keep_apart": {"units", "clusters"}}


class CorrectionsError(ValueError):
    """A corrections file or entry that cannot be used; the message is one line."""


def fields_of(kind: str) -> tuple[str, ...]:
    """Every field a correction may name for a fact of `kind` (award facts also take `unit` for the
    recipient, since a reader calls it the unit)."""
    names = FIELDS[kind]
    keys = tuple(KEY_OF[f] for f in names if f in KEY_OF)
    return names + keys + (("unit",) if kind == "award" else ())


def _when(value, where: str) -> str:
    """A date or a datetime -> ISO 8601 with an offset (a date is midnight UTC; a naive time is UTC), so
    that every `made_at` sorts and serves as an Atom `updated`."""
    moment = None
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        try:
            moment = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            pass
    if moment is None:
        raise CorrectionsError(f"{where}: 'when' must be a date such as 2024-05-02, not {value!r}")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.isoformat(timespec="seconds")


def _value(kind: str, field: str, value, where: str):
    """One field's value, checked and typed (years and ranks as int, role/status from their lists)."""
    if field == "unit" and kind == "award":
        field = "recipient"
    if value is None or (isinstance(value, str) and not value.strip()):
        if field == "grantor":
            return field, None
        raise CorrectionsError(f"{where}: '{field}' is empty")
    if field in ("year", "rank"):
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise CorrectionsError(f"{where}: '{field}' must be a number, not {value!r}") from None
        if (field == "year" and not 1900 <= number <= 2100) or (field == "rank" and number < 1):
            raise CorrectionsError(f"{where}: '{field}' {number} is out of range")
        return field, number
    if field == "role" and value not in ROLES:
        raise CorrectionsError(f"{where}: role must be one of {', '.join(ROLES)}, not {value!r}")
    if field == "status" and value not in STATUSES:
        raise CorrectionsError(f"{where}: status must be one of {', '.join(STATUSES)}, not {value!r}")
    return field, str(value).strip()


def _fields(kind: str, given, what: str, where: str) -> dict:
    if not isinstance(given, dict) or not given:
        raise CorrectionsError(f"{where}: '{what}' must be a mapping of fields")
    allowed = fields_of(kind)
    out = {}
    for field, value in given.items():
        if field not in allowed:
            raise CorrectionsError(f"{where}: unknown field {field!r} in '{what}' for a {kind} "
                                   f"(known: {', '.join(allowed)})")
        name, v = _value(kind, field, value, where)
        out[name] = v
    return out


def _fact(entry: dict, where: str) -> tuple[str, dict]:
    fact = entry.get("fact")
    if not isinstance(fact, dict):
        raise CorrectionsError(f"{where}: 'fact' must be a mapping with article, kind and fields")
    fact = dict(fact)
    article, kind = fact.pop("article", None), fact.pop("kind", None)
    if not isinstance(article, str) or "/" not in article:
        raise CorrectionsError(f"{where}: fact.article must be the article's URL or path (/vi/<section>/<slug>)")
    if kind not in FIELDS:
        raise CorrectionsError(f"{where}: fact.kind must be one of {', '.join(FIELDS)}, not {kind!r}")
    return kind, {"article": article.strip(), **_fields(kind, fact, "fact", where)}


def _names(entry: dict, where: str) -> tuple[str, list[str]]:
    given = [k for k in ("units", "clusters") if k in entry]
    if len(given) != 1:
        raise CorrectionsError(f"{where}: {entry['action']} takes either 'units' or 'clusters' (a list)")
    names = entry[given[0]]
    if not isinstance(names, list) or len(names) < 2 or not all(isinstance(n, str) and n.strip() for n in names):
        raise CorrectionsError(f"{where}: '{given[0]}' must list at least two names or keys")
    return given[0][:-1], [n.strip() for n in names]


def check_entry(entry, where: str) -> dict:
    """One raw entry -> {id, action, kind, target, changes, quote, who, made_at, why}; raises on any problem."""
    if not isinstance(entry, dict):
        raise CorrectionsError(f"{where}: an entry must be a mapping, not {type(entry).__name__}")
    action = entry.get("action")
    if action not in ACTIONS:
        raise CorrectionsError(f"{where}: action must be one of {', '.join(ACTIONS)}, not {action!r}")
    unknown = set(entry) - _COMMON - _BY_ACTION[action]
    if unknown:
        raise CorrectionsError(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))} for {action}")
    for k in ("who", "why"):
        if not isinstance(entry.get(k), str) or not entry[k].strip():
            raise CorrectionsError(f"{where}: '{k}' is required (who made the correction, and why)")
    out = {"action": action, "who": entry["who"].strip(), "why": entry["why"].strip(),
           "made_at": _when(entry.get("when"), where), "changes": None, "quote": None}
    if action in ("merge", "keep_apart"):
        out["kind"], out["target"] = _names(entry, where)
    else:
        out["kind"], out["target"] = _fact(entry, where)
    if action == "change":
        out["changes"] = _fields(out["kind"], entry.get("set"), "set", where)
    if action == "add":
        missing = [f for f in REQUIRED_TO_ADD[out["kind"]] if f not in out["target"]]
        if missing:
            raise CorrectionsError(f"{where}: an added {out['kind']} needs {', '.join(missing)}")
        if not isinstance(entry.get("quote"), str) or len(entry["quote"].strip()) < 10:
            raise CorrectionsError(f"{where}: an added fact needs 'quote', the article's sentence that states it")
        out["quote"] = entry["quote"].strip()
    given_id = entry.get("id")
    if given_id is not None and (not isinstance(given_id, str) or not given_id.strip()):
        raise CorrectionsError(f"{where}: 'id' must be a non-empty string")
    out["id"] = given_id.strip() if given_id else default_id(out)
    return out


def default_id(entry: dict) -> str:
    """A stable id for an entry written without one: its action and a hash of what it says."""
    what = {k: entry.get(k) for k in ("action", "kind", "target", "changes", "quote")}
    return f"{entry['action']}-" + hashlib.sha1(json.dumps(what, sort_keys=True, ensure_ascii=False)
                                                .encode("utf-8")).hexdigest()[:10]


def read_file(path: Path) -> list[dict]:
    """The checked entries of one file (a YAML list, or a mapping with a `corrections` list)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise CorrectionsError(f"{path}: cannot read: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark else ""
        raise CorrectionsError(f"{path}:{line} not valid YAML: {getattr(exc, 'problem', exc)}") from None
    if isinstance(data, dict) and set(data) == {"corrections"}:
        data = data["corrections"]
    if data is None:
        return []
    if not isinstance(data, list):
        raise CorrectionsError(f"{path}: expected a list of corrections")
    out = []
    for i, raw in enumerate(data, 1):
        label = raw.get("id") if isinstance(raw, dict) and isinstance(raw.get("id"), str) else None
        entry = check_entry(raw, f"{path}: entry {i}" + (f" ({label})" if label else ""))
        entry["file"] = str(path)
        out.append(entry)
    return out


def read_dir(directory: Path | str | None) -> list[dict]:
    """Every entry of `directory/*.yml` and `*.yaml`, checked; ids must be unique across files."""
    if directory is None or not Path(directory).is_dir():
        return []
    files = sorted([*Path(directory).glob("*.yml"), *Path(directory).glob("*.yaml")])
    seen: dict[str, str] = {}
    out = []
    for f in files:
        for e in read_file(f):
            if e["id"] in seen:
                raise CorrectionsError(f"{f}: correction id {e['id']!r} is also used in {seen[e['id']]}")
            seen[e["id"]] = str(f)
            out.append(e)
    return out


def to_yaml_entry(row: dict) -> dict:
    """A stored correction (a `corrections` row) as the file writes it."""
    target = json.loads(row["target"]) if isinstance(row["target"], str) else row["target"]
    out = {"id": row["id"], "action": row["action"], "who": row["who"], "when": row["made_at"], "why": row["why"]}
    if row["action"] in ("merge", "keep_apart"):
        out[row["kind"] + "s"] = target
        return out
    article = target.get("article")
    out["fact"] = {"article": article, "kind": row["kind"], **{k: v for k, v in target.items() if k != "article"}}
    if row["action"] == "change":
        out["set"] = json.loads(row["changes"]) if isinstance(row["changes"], str) else row["changes"]
    if row["action"] == "add":
        out["quote"] = row["quote"]
    return out


def append_entries(path: Path, rows: list[dict]) -> int:
    """Append stored corrections to a corrections file (created if missing) and check the result;
    on any problem the file is left as it was."""
    path = Path(path)
    before = path.read_text(encoding="utf-8") if path.exists() else None
    existing = read_file(path) if before is not None else []
    if before is not None and existing == [] and (yaml.safe_load(before) is not None):
        raise CorrectionsError(f"{path}: holds an empty list in flow style ([]); write entries as a block list")
    header = "" if before else "# Corrections made in the editor, exported by `pipeline.py corrections export`.\n"
    text = (before or header)
    if text and not text.endswith("\n"):
        text += "\n"
    text += yaml.safe_dump([to_yaml_entry(r) for r in rows], allow_unicode=True, sort_keys=False, width=100)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    try:
        read_file(path)
    except CorrectionsError:
        if before is None:
            path.unlink()
        else:
            path.write_text(before, encoding="utf-8")
        raise
    return len(rows)
