"""The Report and its parts (schema_version "1" of the contract), as pydantic models."""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

SCHEMA_VERSION = "1"


def _new_list() -> list:
    """A field's default: a new empty list. A Python function, not ``list``: pydantic reads a default
    factory's signature (at each ``model_construct`` and when it builds a validator), and a builtin's
    is parsed from its text signature by ``tokenize``, whose first use compiles a large pattern
    (~10 ms of a fresh ``docparse check``; issue 13).

    >>> _new_list(), _new_list() is _new_list()
    ([], False)
    """
    return []


def _new_dict() -> dict:
    """A field's default: a new empty dict (a Python function, as ``_new_list``).

    >>> _new_dict(), _new_dict() is _new_dict()
    ({}, False)
    """
    return {}


def _split_template(names) -> Optional[dict]:
    """An attribute dict with exactly ``names`` as keys, in that order, whose copies share one table
    of keys (CPython's "split" instance dicts, PEP 412): a copy holds only its values, ~8 bytes a
    field against ~35 for a dict of its own. None when this Python gives no smaller dict (more keys
    than a shared table takes, or another implementation).

    >>> import sys
    >>> t = _split_template(list("abcdefghijkl"))
    >>> c = t.copy(); c.update(dict.fromkeys("abcdefghijkl", 1.5))
    >>> list(c) == list("abcdefghijkl"), sys.getsizeof(c) < sys.getsizeof(dict(c))
    (True, True)
    >>> _split_template(list("abcd")) is None  # a table of keys holds 30 values: no gain for 4
    True
    """
    import sys

    holder = type("_Values", (), {"__slots__": ("__dict__",)})()
    for name in names:
        setattr(holder, name, None)
    template = holder.__dict__
    probe = template.copy()
    probe.update(dict.fromkeys(names, 0))
    if list(probe) != list(names) or sys.getsizeof(probe) >= sys.getsizeof(dict.fromkeys(names)):
        return None
    return template


def _compact_plan(cls) -> tuple:
    """The shared "fields set" of ``cls`` and the template of its compact attribute dicts."""
    plan = cls.__dict__.get("_compact")
    if plan is None:
        fields = list(cls.model_fields)
        plan = (set(fields), _split_template(fields))
        type.__setattr__(cls, "_compact", plan)
    return plan


class _Model(BaseModel):
    """A model whose instances share one set of "fields set" (every field of its class) and keep
    their values in a compact dict (issue 13: a long document's Report holds ~30 models a page).

    pydantic keeps a set of the names given at construction per instance, for ``exclude_unset``;
    a set of 20 names is ~2.3 kB, more than the fact's own values (a Fact, its Evidence and
    Subject carried ~3.2 kB of them: the largest part of a long document's Report, issue 13).
    docparse never dumps with ``exclude_unset``; with this, every field counts as set (a dump
    with ``exclude_unset=True`` is a full dump). pydantic only ever adds a field's name to the
    set when a field is assigned, which the shared set already holds.

    The values pydantic validated are then moved into a copy of the class's split-table template
    (``_split_template``): the same keys in the same order, the same values, a third of the memory
    of the dict pydantic made (a Fact's 24 fields: ~300 bytes against ~830; a shared table
    holds 30 values whatever the keys, so a model of fewer than ~10 fields keeps pydantic's dict). Assigning a field keeps
    it compact; a dict of other keys (``model_construct`` with fields left out) is left as it is.

    >>> a, b = Evidence(page=1, line=2), Evidence(page=3, line=4, text="x")
    >>> a.model_fields_set is b.model_fields_set, sorted(a.model_fields_set)[:3]
    (True, ['bbox', 'column', 'end'])
    >>> a.text = "y"; len(b.model_fields_set) == len(Evidence.model_fields)
    True
    >>> import sys; f = Fact(id="f1", kind="rate", indicator="x", subject=Subject(level="city"), evidence=b)
    >>> sys.getsizeof(f.__dict__) < sys.getsizeof(dict(f.__dict__)), list(f.__dict__) == list(Fact.model_fields)
    (True, True)
    >>> f.value = 5.0; f.model_dump()["value"], f.evidence.text, a.text
    (5.0, 'x', 'y')
    """

    # each model's validator and serializer are built when it is first used, not at import: a fresh
    # `docparse check` of a text uses about half of the models and never validates or dumps the
    # Report (the pipeline builds it with model_construct of its validated parts; issue 13)
    model_config = ConfigDict(defer_build=True)

    def model_post_init(self, __context) -> None:
        shared, template = _compact_plan(type(self))
        object.__setattr__(self, "__pydantic_fields_set__", shared)
        if template is not None:
            values = self.__dict__
            if values.keys() == template.keys():
                compact = template.copy()
                compact.update(values)
                object.__setattr__(self, "__dict__", compact)


class Evidence(_Model):
    """Where a fact or finding stands in the source: page, line, the line(s) text, offsets, box."""

    page: int
    line: int
    start: int = 0
    end: int = 0
    text: str = ""
    bbox: Optional[list[float]] = None  # PDF user space [x0, top, x1, bottom] of the matched words
    # a table cell's place (extension; docs/tables.md): table index in Report.tables, row and column
    # of the grid (0-based, header rows included), and the column's header path
    table: Optional[int] = None
    row: Optional[int] = None
    column: Optional[int] = None
    header: Optional[list[str]] = None


class Source(_Model):
    path: str
    sha256: str
    media_type: str
    pages: int
    text_source: Literal["text-layer", "ocr", "mixed", "plain"]
    encoding: Optional[str] = None  # legacy encoding converted from (TCVN3, VNI), if any


class Period(_Model):
    start: Optional[str] = None
    end: Optional[str] = None


class Signer(_Model):
    name: Optional[str] = None
    position: Optional[str] = None
    authority: Optional[str] = None


class Document(_Model):
    doc_type: Optional[str] = None
    title: Optional[str] = None
    number: Optional[str] = None
    issuer: Optional[str] = None
    place: Optional[str] = None
    issued_on: Optional[str] = None
    period: Optional[Period] = None
    signers: list[Signer] = Field(default_factory=_new_list)
    recipients: list[str] = Field(default_factory=_new_list)
    province: Optional[str] = None  # the province the document is about (extension)
    own_unit: Optional[str] = None  # canonical name of the issuing commune, if any (extension)
    parts: dict[str, str] = Field(default_factory=_new_dict)  # part -> present | blank | missing (extension)
    part_evidence: dict[str, Evidence] = Field(default_factory=_new_dict)  # where each part stands (extension)

    def list_date(self) -> Optional[str]:
        """The date the document's unit names are checked against: its issue date, else (an undated
        statistics page) the end of the period its figures cover.

        >>> Document(period=Period(start="2024-04-15", end="2024-05-14")).list_date()
        '2024-05-14'
        >>> Document(issued_on="2024-06-01", period=Period(end="2024-05-14")).list_date(), Document().list_date()
        ('2024-06-01', None)
        """
        return self.issued_on or (self.period.end if self.period is not None else None)


class Subject(_Model):
    level: Literal["city", "departments", "districts", "communes", "national", "unit", "self"]
    name: Optional[str] = None
    raw: Optional[str] = None
    scope: Optional[str] = None  # a group, service level or component that narrows the subject


class Modifier(_Model):
    """A figure that is no level: a change, a bound or an approximation (CONTRACT section 2)."""

    type: Literal["change", "bound", "approx"]
    op: Optional[str] = None


class Target(_Model):
    op: Literal[">=", ">", "=", "<=", "<"]
    value: float


class Fact(_Model):
    id: str
    kind: Literal["rate", "count", "unit_count", "score", "rank", "money"]
    indicator: str
    subject: Subject
    value: Optional[float] = None
    decimals: int = 0
    numerator: Optional[float] = None
    denominator: Optional[float] = None
    target: Optional[Target] = None
    modifier: Optional[Modifier] = None
    explicit: bool = True  # indicator and subject named in the fact's own clause, not inherited
    evidence: Evidence
    # extensions
    label: Optional[str] = None  # the words that named the fact, for `other` and for reviewers
    qualifier: Optional[str] = None  # sub-measure or sub-period ("số hóa kết quả", "tháng 01/2026")
    maximum: Optional[float] = None  # maximum points of a 766 score part
    claim: Optional[Literal["met", "not_met"]] = None  # what the text says about the target
    uncertain: bool = False  # read from OCR'd text; checks lower their severity one step
    garbled: bool = False  # read from misspelt text (old OCR without accents); findings are info only
    rounded: bool = False  # written with a multiplier word ("61,3 ngàn hồ sơ") or taken from one: not exact, findings info only
    implicit: bool = False  # denominator taken from a total stated before, not written beside it
    denominator_source: Optional[Literal["written", "sentence", "anaphora", "earlier", "row"]] = None  # how x/y was linked
    # ("row": a table's rate cell, x/y its row's counts by the official convention it agrees with)
    block: Optional[int] = None  # index of the segment (statement block) the fact was read from
    listed: bool = False  # read from a list item or a breakdown ("+ Sở X: ...", "trong đó ...")
    section: Optional[str] = None  # "II/2.1": the roman part and the numbered heading it stands under
    # the figures a rate's x and y were taken from: {"numerator": [(fact id, field), ...], ...}
    # (not serialised; the typo search follows them, docparse/checks/identities.py)
    # (a default, copied per fact, not a default_factory: pydantic inspects a factory's signature for
    # every instance, a third of the time to build a fact; issue 13)
    _links: dict = PrivateAttr(default={})
    # named in its own clause but for its subject, which the paragraph's topic sentence named before it
    # ("Ở cấp xã, tiếp nhận ... . Đã giải quyết 7.950 hồ sơ, ... đạt 99,94%"): ``explicit`` is false, yet
    # arithmetic within its own sentence (a rate and its x/y) holds whoever's figure it is
    _topic: bool = PrivateAttr(default=False)
    # read under a conclusion ("III. ĐÁNH GIÁ CHUNG"): a restatement of the body's figures (checks/repeats.py)
    _conclusion: bool = PrivateAttr(default=False)
    # a list item read as a part of the total its lead-in states ("Đã giải quyết 2.250 hồ sơ, trong đó:"
    # / "- trước hạn: 1.874 hồ sơ;"): that total's id — one statement across the list's lines
    _part_of: Optional[str] = PrivateAttr(default=None)
    # the lead-in names its list complete ("Tổng số hồ sơ tiếp nhận: 46.215 hồ sơ, gồm:"): no part the
    # list leaves out may hold a difference (checks/sums.py)
    _part_complete: bool = PrivateAttr(default=False)
    # a count of units meeting a target followed by the units that do not, named without figures
    # ("12/14 đơn vị; chưa đạt gồm: Sở Nội vụ, Sở Xây dựng"): their names (checks/unit_counts.py)
    _named_not_met: tuple = PrivateAttr(default=())
    _not_met_whole: bool = PrivateAttr(default=False)  # that list opened as the whole one ("chưa đạt gồm:")


def _private_slots(consts: dict, empties: dict):
    """A class holding a model's private attributes in slots, standing in for the dict pydantic
    keeps per instance (``__pydantic_private__``, read and written by name): ~70 bytes a Fact
    against ~250 for a dict and its empty ``_links`` (issue 13). ``consts``: each name's immutable
    default, in order; ``empties``: the names whose default is an empty container, made (a fresh
    one) when first read, as pydantic's copy of the default would be.

    >>> P = _private_slots({"_a": None, "_b": False}, {"_a": dict})
    >>> p, q = P(), P(); p["_b"] = True
    >>> p["_a"] is not q["_a"], p["_a"], p["_b"], q["_b"], dict(p.items()), p == q, "_b" in p
    (True, {}, True, False, {'_a': {}, '_b': True}, False, True)
    >>> p["_c"]
    Traceback (most recent call last):
    KeyError: '_c'
    """
    names = tuple(consts)
    known = frozenset(names)
    unset = object()

    class _Private:
        __slots__ = names

        def __init__(self) -> None:
            for name, value in consts.items():
                object.__setattr__(self, name, unset if name in empties else value)

        def __getitem__(self, name):
            if name not in known:
                raise KeyError(name)
            value = object.__getattribute__(self, name)
            if value is unset:
                value = empties[name]()
                object.__setattr__(self, name, value)
            return value

        def __setitem__(self, name, value) -> None:
            if name not in known:
                raise KeyError(name)
            object.__setattr__(self, name, value)

        def __delitem__(self, name) -> None:
            self[name] = consts[name] if name not in empties else unset

        def __contains__(self, name) -> bool:
            return name in known

        def __iter__(self):
            return iter(names)

        def __len__(self) -> int:
            return len(names)

        def keys(self):
            return list(names)

        def items(self):
            return [(name, self[name]) for name in names]

        def values(self):
            return [self[name] for name in names]

        def get(self, name, default=None):
            return self[name] if name in known else default

        def copy(self) -> dict:
            return dict(self.items())

        def __eq__(self, other) -> bool:
            if isinstance(other, _Private):
                other = dict(other.items())
            return dict(self.items()) == other

        __hash__ = None

        def __repr__(self) -> str:
            return repr(dict(self.items()))

    return _Private


def _fast_private_init(cls) -> None:
    """``cls.model_post_init`` setting the private attributes' defaults in one step (issue 13).

    pydantic copies each private default through ``smart_deepcopy`` for every instance: a fifth of
    the time to build a Fact, of which a long report builds tens of thousands. The defaults here are
    immutable or empty containers, so a fresh empty container and the same immutables are what that
    copy gives; they are kept in slots (``_private_slots``), not a dict. A default of any other kind
    (or a factory) leaves pydantic's own way in place.

    >>> a, b = Fact.model_construct(), Fact.model_construct()
    >>> a._links is not b._links, a._links == {}, a._part_of, a._topic, a.model_fields_set is b.model_fields_set
    (True, True, None, False, True)
    >>> a._topic = True; a._topic, b._topic, a == a.model_copy(), a.model_copy()._topic
    (True, False, True, True)
    """
    from pydantic_core import PydanticUndefined

    consts, empties = {}, {}  # in the attributes' order, as pydantic sets them
    for name, attr in cls.__private_attributes__.items():
        default = attr.default
        if attr.default_factory is not None or default is PydanticUndefined:
            return
        if default is None or isinstance(default, (bool, int, float, str)) or default == ():
            consts[name] = default  # (an empty tuple is its own copy, as pydantic's copy gives it)
        elif type(default) in (dict, list) and not default:
            consts[name] = None
            empties[name] = type(default)
        else:
            return
    shared_post_init = _Model.model_post_init
    private_slots = _private_slots(consts, empties)

    def model_post_init(self, __context) -> None:
        object.__setattr__(self, "__pydantic_private__", private_slots())
        shared_post_init(self, __context)

    cls.model_post_init = model_post_init


_fast_private_init(Fact)


class UnitMention(_Model):
    raw: str
    name: Optional[str] = None
    code: Optional[str] = None
    score: float = 0.0
    candidate: Optional[str] = None
    misspelled: bool = False  # the official name, written with different accents (extension)
    evidence: Evidence


class Correction(_Model):
    """One written figure and the value a typing slip likely replaced (extension, issue 16)."""

    fact: str  # id of the fact the figure belongs to
    field: Literal["value", "numerator", "denominator"] = "value"
    written: float
    corrected: float
    decimals: int = 0
    pattern: Literal["one_digit", "transposition", "digit_dropped", "digit_doubled", "extra_digit",
                     "separator", "copied", "recompute"]
    written_text: str = ""  # as the report writes it ("47,14")
    corrected_text: str = ""
    evidence: Optional[Evidence] = None


class Suggestion(_Model):
    """The smallest correction that restores the identities a finding belongs to (extension).
    ``named``: one correction (of one figure, or of two) fits — ``fact``, ``written``,
    ``corrected`` and ``pattern`` repeat its first figure; ``ambiguous``: several fit,
    ``candidates`` lists them, none preferred; ``none``: no single correction fits."""

    status: Literal["named", "ambiguous", "none"]
    figures: int = 1  # how many figures the correction changes (0 for none)
    fact: Optional[str] = None
    written: Optional[float] = None
    corrected: Optional[float] = None
    pattern: Optional[str] = None
    corrections: list[Correction] = Field(default_factory=_new_list)
    candidates: list[list[Correction]] = Field(default_factory=_new_list)
    restores: list[dict] = Field(default_factory=_new_list)  # the identities: kind, code, facts, text
    bounded: bool = False  # the search stopped at its bound of work
    work: int = 0  # identity evaluations spent on the document so far

    def model_post_init(self, __context) -> None:
        super().model_post_init(__context)
        if self.status == "named" and self.corrections and self.fact is None:
            c = self.corrections[0]
            self.fact, self.written, self.corrected, self.pattern = c.fact, c.written, c.corrected, c.pattern


class Finding(_Model):
    code: str
    severity: Literal["error", "warning", "info"]
    message: str
    facts: list[str] = Field(default_factory=_new_list)
    stated: Optional[float] = None
    expected: Optional[float] = None
    evidence: Optional[Evidence] = None
    convention: Optional[str] = None  # the official formula the check tried (extension)
    suggestion: Optional[Suggestion] = None  # the likely typo and its correction (extension, issue 16)
    # the other places the finding rests on (extension): a document dated before its period ends
    # points at the date and at the line that states the period
    related: list[Evidence] = Field(default_factory=_new_list)


class Signature(_Model):
    signer: Optional[str] = None
    email: Optional[str] = None
    signed_at: Optional[str] = None
    field: Optional[str] = None
    covers_whole_document: Optional[bool] = None
    intact: Optional[bool] = None
    valid: Optional[bool] = None
    trust: Optional[str] = None
    source: Literal["pdf-signature", "stamp-text"] = "pdf-signature"
    kind: Optional[Literal["signature", "timestamp"]] = None  # pdf-signature: a signature or a document timestamp
    problem: Optional[str] = None  # what does not hold: byte_range, digest, signature_value, algorithm, ...


class TableCell(_Model):
    """One body cell: its text as written, what it says ("value", "zero" for "-", "na" for "x",
    "nodata" for "...", "blank", "text") and the fact it became."""

    column: int
    text: str = ""
    status: Literal["value", "zero", "na", "nodata", "blank", "text"] = "blank"
    value: Optional[float] = None
    fact: Optional[str] = None
    page: Optional[int] = None
    bbox: Optional[list[float]] = None


class TableRow(_Model):
    index: int  # row in the grid (header rows included)
    label: str = ""  # the row header as written ("1. Sở Tư pháp", "Tổng cộng")
    # "maximum": the row of a 766 table giving each column's maximum points ("Điểm tối đa"), no fact
    role: Literal["unit", "group", "total", "other", "indicator", "maximum"] = "other"
    subject: Optional[Subject] = None
    page: Optional[int] = None
    cells: list[TableCell] = Field(default_factory=_new_list)
    # a table with its indicators in rows ("Nội dung | Số lượng"): what the row measures
    kind: Optional[str] = None
    indicator: Optional[str] = None
    path: list[str] = Field(default_factory=_new_list)  # the row's label under its parent row
    # a group row: what names it a group ("level": a level phrase of the catalogue, "Cấp xã";
    # "ordinal": only a roman heading, "I. Lĩnh vực đất đai"), and whether the rows it sums stand
    # above it (a subtotal, "Cộng cấp tỉnh") rather than below
    group_by: Optional[Literal["level", "ordinal"]] = None
    closes: bool = False


class TableColumn(_Model):
    index: int
    path: list[str] = Field(default_factory=_new_list)  # header texts from the top level down
    role: Literal["label", "number", "value"] = "value"  # label: row header; number: "STT"
    kind: Optional[str] = None  # rate | count | score, when the path names a catalogue indicator
    indicator: Optional[str] = None
    maximum: Optional[float] = None  # a 766 part's maximum points written in its header
    subject: Optional[Subject] = None  # whose figures, in a table with its indicators in rows
    share_of: Optional[str] = None  # a "%" column under a count ("Trước hạn" / "%"): that count's share


class Table(_Model):
    """A statistics table as read: the grid, its header rows, column paths and rows (docs/tables.md)."""

    index: int
    source: str  # ruled | borderless | docx | html | sheet | ocr
    layout: Literal["units_in_rows", "indicators_in_rows"] = "units_in_rows"
    page: int
    pages: list[int] = Field(default_factory=_new_list)
    title: Optional[str] = None
    header_rows: list[list[str]] = Field(default_factory=_new_list)
    columns: list[TableColumn] = Field(default_factory=_new_list)
    rows: list[TableRow] = Field(default_factory=_new_list)
    bbox: Optional[list[float]] = None

    def frame(self):
        """The body as a pandas DataFrame: a MultiIndex header (the column paths, padded), one row per
        body row, index the row labels; "-" is 0, "x", "..." and blanks are NaN."""
        import pandas as pd

        value_cols = [c for c in self.columns if c.role == "value"]
        depth = max((len(c.path) for c in value_cols), default=1) or 1
        tuples = [tuple(c.path + [""] * (depth - len(c.path))) if c.path else (f"col{c.index}",) + ("",) * (depth - 1)
                  for c in value_cols]
        data = []
        for row in self.rows:
            by_col = {cell.column: cell for cell in row.cells}
            data.append([by_col[c.index].value if c.index in by_col else None for c in value_cols])
        columns = pd.MultiIndex.from_tuples(tuples) if tuples else pd.MultiIndex.from_tuples([], names=None)
        return pd.DataFrame(data, columns=columns, index=pd.Index([r.label for r in self.rows], name="row"),
                            dtype="float64")


class Report(_Model):
    schema_version: str = SCHEMA_VERSION
    docparse_version: str
    source: Source
    document: Document
    facts: list[Fact] = Field(default_factory=_new_list)
    units: list[UnitMention] = Field(default_factory=_new_list)
    findings: list[Finding] = Field(default_factory=_new_list)
    signatures: list[Signature] = Field(default_factory=_new_list)
    warnings: list[str] = Field(default_factory=_new_list)
    tables: list[Table] = Field(default_factory=_new_list)  # statistics tables (extension, docs/tables.md)
    _lines: list = PrivateAttr(default_factory=_new_list)  # the source lines, for HTML and annotations
    _trace: list = PrivateAttr(default_factory=_new_list)  # how each number was read (docparse explain)
    # (table, row) -> its text line, for the checks of prose, which see no table fact (checks.run_checks)
    _row_lines: dict = PrivateAttr(default_factory=_new_dict)
    _documents: Optional[list] = PrivateAttr(default=None)  # where each bound document begins (checks.common)

    def facts_frame(self):
        """One row per fact, flat columns, as a pandas DataFrame with proper dtypes: ids as they
        are, Vietnamese labels beside them (indicator_label, kind_label, level_label), the subject
        named for every level (subject_name), integers as Int64, dates as datetime64.

        >>> Report.model_construct(facts=[], source=None, document=Document()).facts_frame().shape[0]
        0
        """
        from .frames import facts_frame

        return facts_frame(self)

    def findings_frame(self):
        """One row per finding (code, severity, message, stated, expected, suggested value, the
        facts it is about as a list, page and line), as a pandas DataFrame."""
        from .frames import findings_frame

        return findings_frame(self)

    def findings_at_or_above(self, severity: str) -> list[Finding]:
        rank = {"info": 0, "warning": 1, "error": 2}
        return [f for f in self.findings if rank[f.severity] >= rank[severity]]


def report_schema() -> dict:
    """The JSON schema of the Report (shipped as docparse/data/report.schema.json)."""
    return Report.model_json_schema()


def report_schema_json(indent: int = 2) -> str:
    import json

    return json.dumps(report_schema(), ensure_ascii=False, indent=indent or None)
