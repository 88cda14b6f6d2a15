"""Records that keep one copy of what they share, so a long document fits in memory.

A pydantic record keeps the set of the field names it was given
(``model_fields_set``).  For a record of a dozen fields that set takes more
memory than the record's own values (about 730 of a Quantity's 1,400 bytes),
and every record of one model built the same way holds the same names.
:func:`compact` rebuilds a validated record with ``model_construct`` (pydantic's
way to build a record from values already validated), sharing one such set per
model and set of names across the process, and, when given a pool, one copy of
each equal string (units, qualifiers, dates, keywords).

The fields, their values and ``model_fields_set`` stay exactly those of
``record.model_copy(update=...)``.  A shared set is never changed: the records
are frozen, so pydantic refuses to set an attribute before it would add to the
set, and ``model_copy`` copies the set before it adds the updated names.

Why our own code: pydantic has no option to share or drop this set; this is
the public way to build a record with a given one.
"""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel

R = TypeVar("R", bound=BaseModel)

_NAME_SETS: dict[tuple[type[BaseModel], frozenset[str]], set[str]] = {}


def compact(record: R, strings: dict[str, str] | None = None, /, **update: object) -> R:
    """``record.model_copy(update=update)`` with a shared field-name set and, given a pool, pooled strings.

    ``strings`` maps each string to the one copy kept of it; equal strings of
    ``record`` (and of ``update``) are replaced by that copy, new ones are added.

    >>> from govextract.models import DocumentRef
    >>> first = compact(DocumentRef(title="条例", start=1, end=3))
    >>> second = compact(DocumentRef(title="规划", start=5, end=7), None, section=0)
    >>> second.section, second.model_fields_set == {"title", "start", "end", "section"}
    (0, True)
    >>> first.model_fields_set is compact(DocumentRef(title="办法", start=9, end=11)).model_fields_set
    True
    """
    values = {**record.__dict__, **update}  # the fields (extra fields are forbidden in our records)
    if strings is not None:
        setdefault = strings.setdefault
        for name, value in values.items():
            if type(value) is str:
                values[name] = setdefault(value, value)
    model = type(record)
    names = _names(model, record.model_fields_set, update)
    fields = _plain_fields(model)
    if fields is None or len(values) != len(fields):
        return model.model_construct(_fields_set=names, **values)
    # What model_construct does for a model without aliases, defaults to fill, extras or
    # post-init, given every field: without its per-field loop, a third of the records stage.
    built = model.__new__(model)
    if tuple(values) != fields:  # a record's own fields come in the model's order; put them so
        values = {name: values[name] for name in fields}
    object.__setattr__(built, "__dict__", values)
    object.__setattr__(built, "__pydantic_fields_set__", names)
    object.__setattr__(built, "__pydantic_extra__", None)
    object.__setattr__(built, "__pydantic_private__", None)
    return built


def amend(record: R, /, **update: object) -> R:
    """Set fields of ``record`` in place, as :func:`compact` would copy it; the same record.

    Only for a record its stage built and nobody else holds yet (the period and
    basis stages finishing the quantities of one document): a frozen record is
    never changed once :func:`govextract.extract` has returned it.  The fields
    set become the shared set of the old ones and ``update``'s names.

    >>> from govextract.models import DocumentRef
    >>> ref = compact(DocumentRef(title="条例", start=1, end=3))
    >>> amend(ref, section=2) is ref, ref.section, ref.model_fields_set == {"title", "start", "end", "section"}
    (True, 2, True)
    """
    values = record.__dict__
    unknown = update.keys() - values.keys()
    if unknown:
        raise ValueError(f"{type(record).__name__} has no field {sorted(unknown)[0]!r}")
    names = _names(type(record), record.model_fields_set, update)
    values.update(update)
    object.__setattr__(record, "__pydantic_fields_set__", names)
    return record


# A shared set and the names of an update -> the shared set of their union: a record made compact
# again (to set its section or keywords) finds its set without building a frozenset.
_UNIONS: dict[tuple[int, tuple[str, ...]], set[str]] = {}
_SHARED: dict[int, set[str]] = {}  # id -> each shared set (kept for ever, so an id is never reused)


def _names(model: type[BaseModel], fields_set: set[str], update: dict[str, object]) -> set[str]:
    """The shared field-name set for ``fields_set`` plus the names of ``update``."""
    shortcut = (id(fields_set), tuple(update)) if _SHARED.get(id(fields_set)) is fields_set else None
    if shortcut is not None:
        names = _UNIONS.get(shortcut)
        if names is not None:
            return names
    key = (model, frozenset(fields_set.union(update)))
    names = _NAME_SETS.get(key)
    if names is None:
        names = _NAME_SETS.setdefault(key, set(key[1]))
        _SHARED[id(names)] = names
    if shortcut is not None:
        _UNIONS[shortcut] = names
    return names


_PLAIN: dict[type[BaseModel], tuple[str, ...] | None] = {}


def _plain_fields(model: type[BaseModel]) -> tuple[str, ...] | None:
    """The field names of ``model`` when ``model_construct`` only copies the values it is given, else None."""
    if model not in _PLAIN:
        plain = (
            not model.__pydantic_root_model__
            and model.__pydantic_post_init__ is None
            and model.model_config.get("extra") != "allow"
            and not model.__private_attributes__
            and all(f.alias is None and f.validation_alias is None for f in model.model_fields.values())
        )
        _PLAIN[model] = tuple(model.model_fields) if plain else None
    return _PLAIN[model]


_IMMUTABLE_DEFAULTS = (type(None), bool, int, float, str, tuple, frozenset)
_DEFAULTS: dict[type[BaseModel], dict[str, object]] = {}


def _with_defaults(model: type[BaseModel], fields: tuple[str, ...], values: dict[str, object]) -> dict[str, object] | None:
    """``values`` with the fields it leaves out set to their defaults, in the model's order.

    None when a left-out field has no plain default (a factory, or a mutable or
    required one): ``model_construct`` then decides, as before.
    """
    defaults = _DEFAULTS.get(model)
    if defaults is None:
        defaults = _DEFAULTS.setdefault(model, {
            name: info.default
            for name, info in model.model_fields.items()
            if info.default_factory is None and isinstance(info.default, _IMMUTABLE_DEFAULTS)
        })
    filled = {}
    for name in fields:
        if name in values:
            filled[name] = values[name]
        elif name in defaults:
            filled[name] = defaults[name]
        else:
            return None
    return filled if all(name in filled for name in values) else None


def construct(model: type[R], names: frozenset[str], /, **values: object) -> R:
    """A record of ``model`` from values already validated, as if built from the fields ``names``.

    ``model(**values)`` without validation: the caller has checked every value
    (the quantity stage builds thousands of records per document).  Fields
    ``values`` leaves out take their defaults; ``names`` is the ``model_fields_set``
    the record keeps, one shared set per model and set of names.

    >>> from govextract.models import DocumentRef
    >>> ref = construct(DocumentRef, frozenset({"title", "start", "end"}), title="条例", start=1, end=3, section=None)
    >>> ref == DocumentRef(title="条例", start=1, end=3), ref.model_fields_set == {"title", "start", "end"}
    (True, True)
    """
    key = (model, names)
    shared = _NAME_SETS.get(key)
    if shared is None:
        shared = _NAME_SETS.setdefault(key, set(names))
    fields = _plain_fields(model)
    if fields is not None and tuple(values) != fields:
        # Fields left out take their defaults, the rest the model's order; anything else
        # (a field no default fills, a name the model lacks) is model_construct's to handle.
        filled = _with_defaults(model, fields, values)
        if filled is None:
            fields = None
        else:
            values = filled
    if fields is None:
        return model.model_construct(_fields_set=shared, **values)
    built = model.__new__(model)
    # ``values`` is this call's own dict: kept as it is when it names the fields in the model's order
    object.__setattr__(built, "__dict__", values)
    object.__setattr__(built, "__pydantic_fields_set__", shared)
    object.__setattr__(built, "__pydantic_extra__", None)
    object.__setattr__(built, "__pydantic_private__", None)
    return built
