"""Parse a standalone numeral surface into a number.

``parse_number`` knows nothing about spans or context: it turns one surface
such as ``8.5万``, ``四亿五千六百四十二万零一十五`` or ``１，０５０`` into a value,
or returns ``None`` when the surface is not a numeral it understands.
``parse_numeral`` also reports an approximator written inside the numeral
(十多万, 500余万).  ``NUMERAL_PATTERN`` is the one numeral regex that
higher-level patterns embed; a surface is parsed only if it matches it whole.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext
from functools import lru_cache

import regex

from .lexicon import numerals
from .normalize import fold

Number = int | float

# No real numeral is longer than this (the longest peer case has 31 characters);
# longer strings are rejected before any arithmetic.
_MAX_LENGTH = 80
# Working precision for Decimal arithmetic; enough for every accepted surface.
_PRECISION = 100


@dataclass(frozen=True)
class Numeral:
    """The value of a numeral and the approximator written inside it, if any.

    >>> parse_numeral("十多万")
    Numeral(value=100000, approximator='多')
    """

    value: Number
    approximator: str | None = None


def parse_number(surface: str) -> Number | None:
    """Return the value of a numeral surface, or ``None`` if it is not one.

    Whole values come back as ``int``; approximate numerals give their stated base.

    >>> parse_number("8.5万"), parse_number("一千零五十"), parse_number("1,050,000")
    (85000, 1050, 1050000)
    >>> parse_number("四亿五千六百四十二万零一十五")
    456420015
    >>> parse_number("1.2万亿"), parse_number("负三十二"), parse_number("五分之一")
    (1200000000000, -32, 0.2)
    >>> parse_number("增长") is None
    True
    """
    numeral = parse_numeral(surface)
    if numeral is None and isinstance(surface, str):
        return _parse_power(surface)
    return None if numeral is None else numeral.value


def _parse_power(surface: str) -> Number | None:
    """A number written with an exponent (2e5, -12e-1, 12.32e+14, 2^5, 2.5^-1), or None.

    Only :func:`parse_number` reads these: releases do not write them in prose,
    so the candidate pattern does not look for them.
    """
    match = _power_regex().fullmatch(fold(surface).strip())
    if match is None:
        return None
    exponent = int(match.group("exp"))
    if match.group("esigns").count("-") % 2:
        exponent = -exponent
    if abs(exponent) > numerals.MAX_EXPONENT:
        return None
    base = Decimal(match.group("base"))
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        value = base.scaleb(exponent) if match.group("marker") in numerals.EXPONENT_MARKERS else base**exponent
        return _canonical(-value if match.group("sign") == "-" else value)


def parse_numeral(surface: str) -> Numeral | None:
    """Return the value and inner approximator of a numeral surface, or ``None``.

    The surface may carry a leading sign (负, -, +) and spaces between Chinese
    characters (一百 五 十 二); without them it must match ``NUMERAL_PATTERN`` whole.

    >>> parse_numeral("500余万")
    Numeral(value=5000000, approximator='余')
    >>> parse_numeral("两千三百五")
    Numeral(value=2350, approximator=None)
    >>> parse_numeral("8.5万余") is None  # 余 after the last magnitude is a qualifier
    True
    """
    if not isinstance(surface, str):
        raise TypeError(f"parse_numeral() takes a str, not {type(surface).__name__}")
    text = fold(surface).strip()
    if not text or len(text) > _MAX_LENGTH:
        return None
    negative = text[0] in numerals.NEGATIVE_SIGNS
    if negative or text[0] in numerals.POSITIVE_SIGNS:
        text = text[1:].lstrip()
    text = _squeeze_spaces(text)
    numeral = _parse_unsigned(text) if text else None
    if numeral is None or not negative:
        return numeral
    return Numeral(-numeral.value, numeral.approximator)


@lru_cache(maxsize=8192)
def _parse_unsigned(text: str) -> Numeral | None:
    """Parse a folded numeral without sign or spaces (cached: documents repeat numbers)."""
    if text.isascii() and text.isdigit():  # the common case: 2023, 15
        return Numeral(int(text))
    if not _alphabet().issuperset(text) or _numeral_regex().fullmatch(text) is None:
        return None
    with localcontext() as context:
        context.prec = _PRECISION
        result = _evaluate(text)
        if result is None:
            return None
        return Numeral(_canonical(result[0]), result[1])


def _squeeze_spaces(text: str) -> str:
    """Drop spaces inside a numeral.

    Between two Arabic digits a single space is dropped only where it separates
    groups of exactly three (15 700, the Hong Kong form); 12 34 stays invalid.
    """
    if not any(ch.isspace() for ch in text):
        return text
    text = _grouped_regex().sub(lambda match: match.group().replace(" ", ""), text)
    return _space_regex().sub("", text)


def _canonical(value: Decimal) -> Number:
    """One canonical form: int for whole values, float otherwise."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


# ---------------------------------------------------------------- evaluation


def _evaluate(text: str) -> tuple[Decimal, str | None] | None:
    """Value and approximator of a surface that matched the numeral pattern."""
    marker = numerals.FRACTION_MARKER
    if marker not in text:
        return _evaluate_integral(text)
    whole_text = ""
    joiner = numerals.MIXED_FRACTION_JOINER
    if joiner in text:
        whole_text, _, text = text.partition(joiner)
    denominator_text, _, numerator_text = text.partition(marker)
    parts = [_evaluate_integral(part) for part in (denominator_text, numerator_text)]
    whole = _evaluate_integral(whole_text) if whole_text else (Decimal(0), None)
    if parts[0] is None or parts[1] is None or whole is None or parts[0][0] == 0:
        return None
    approximator = whole[1] or parts[0][1] or parts[1][1]
    with localcontext() as context:
        context.prec = 28
        fraction = parts[1][0] / parts[0][0]
    return whole[0] + fraction, approximator


# Token kinds produced by _tokens().
_NUMBER_TOKEN, _ZERO_TOKEN, _UNIT_TOKEN, _MAGNITUDE_TOKEN, _DECIMAL_TOKEN, _APPROXIMATOR_TOKEN = range(6)


def _tokens(text: str) -> list[tuple[int, Decimal, bool]] | None:
    """Split a numeral into (kind, value, is_single_digit) tokens."""
    digits, units, magnitudes = numerals.DIGITS, numerals.SMALL_UNITS, numerals.MAGNITUDES
    arabic = _arabic_regex()
    tokens: list[tuple[int, Decimal, bool]] = []
    i, length = 0, len(text)
    while i < length:
        ch = text[i]
        if ch in digits:
            if ch in numerals.ZERO_DIGITS:
                tokens.append((_ZERO_TOKEN, Decimal(0), True))
            else:
                tokens.append((_NUMBER_TOKEN, Decimal(digits[ch]), True))
            i += 1
        elif ch in units:
            tokens.append((_UNIT_TOKEN, Decimal(units[ch]), False))
            i += 1
        elif ch in magnitudes:
            tokens.append((_MAGNITUDE_TOKEN, Decimal(magnitudes[ch]), False))
            i += 1
        elif ch == "点":
            j = i + 1
            while j < length and text[j] in digits:
                j += 1
            if j == i + 1:
                return None
            fraction = "".join(str(digits[c]) for c in text[i + 1 : j])
            tokens.append((_DECIMAL_TOKEN, Decimal("0." + fraction), False))
            i = j
        elif ch in numerals.APPROXIMATORS:
            # 几 holds a digit's place (二十几); the others only qualify.
            tokens.append((_APPROXIMATOR_TOKEN, Decimal(0), ch in numerals.PLACEHOLDER_DIGITS))
            i += 1
        else:
            match = arabic.match(text, i)
            if match is None:
                return None
            raw = match.group()
            plain = raw
            for separator in numerals.THOUSANDS_SEPARATORS:
                plain = plain.replace(separator, "")
            plain = plain.replace("·", ".")
            if plain.startswith("."):
                plain = "0" + plain
            try:
                value = Decimal(plain)
            except InvalidOperation:  # pragma: no cover - the regex admits only valid forms
                return None
            tokens.append((_NUMBER_TOKEN, value, len(raw) == 1))
            i = match.end()
    return tokens


def _evaluate_integral(text: str) -> tuple[Decimal, str | None] | None:
    """Evaluate a numeral without a fraction: sections joined by magnitudes.

    A magnitude larger than the previous one scales everything before it
    (四千五百六十九万八千三百一十一亿); a smaller one adds its section.
    A lone digit after the last magnitude is abbreviated (一万三 = 13000).
    """
    tokens = _tokens(text)
    if not tokens:
        return None
    approximator = next((ch for ch in text if ch in numerals.APPROXIMATORS), None)
    total = Decimal(0)
    previous: Decimal | None = None
    section: list[tuple[int, Decimal, bool]] = []
    index, count = 0, len(tokens)
    while index < count:
        kind, value, flag = tokens[index]
        if kind == _APPROXIMATOR_TOKEN:
            if flag:  # 几 counts as a zero digit in its place
                section.append((_NUMBER_TOKEN, Decimal(0), True))
            index += 1
            continue
        if kind != _MAGNITUDE_TOKEN:
            section.append(tokens[index])
            index += 1
            continue
        multiplier = value
        index += 1
        while index < count and tokens[index][0] == _MAGNITUDE_TOKEN:
            multiplier *= tokens[index][1]
            index += 1
        if section:
            part = _section_value(section)
            if part is None:
                return None
        elif previous is not None and multiplier > previous:
            part = Decimal(0)  # 1万多亿: the larger magnitude scales what came before
        else:
            return None
        if previous is not None and multiplier > previous:
            total = (total + part) * multiplier
        else:
            total += part * multiplier
        previous = multiplier
        section = []
    if section:
        part = _section_value(section)
        if part is None:
            return None
        if previous is not None and len(section) == 1 and section[0][0] == _NUMBER_TOKEN and section[0][2]:
            part *= previous / 10  # 一万三 = 13000, 九十二万四 = 924000
        total += part
    return total, approximator


def _section_value(section: list[tuple[int, Decimal, bool]]) -> Decimal | None:
    """Value of a section below the magnitudes: 两千三百五, 二〇二三, 十点二三三, 1千零20."""
    fraction = Decimal(0)
    if section[-1][0] == _DECIMAL_TOKEN:
        fraction = section[-1][1]
        section = section[:-1]
        if not section:
            return fraction  # 两千万点五五四四: the decimal of the whole number
    if any(kind == _DECIMAL_TOKEN for kind, _, _ in section):
        return None
    if len(section) == 1:
        kind, value, _ = section[0]
        return value + fraction if kind in (_NUMBER_TOKEN, _ZERO_TOKEN) else _units_value(section, fraction)
    only_digits = all(kind in (_NUMBER_TOKEN, _ZERO_TOKEN) and single for kind, _, single in section)
    if only_digits and (len(section) >= 3 or any(kind == _ZERO_TOKEN for kind, _, _ in section)):
        return Decimal("".join(str(int(value)) for _, value, _ in section)) + fraction
    return _units_value(section, fraction)


def _units_value(section: list[tuple[int, Decimal, bool]], fraction: Decimal) -> Decimal | None:
    total = Decimal(0)
    pending: Decimal | None = None
    pending_single = False
    last_unit: Decimal | None = None
    zero_seen = False
    for kind, value, single in section:
        if kind == _NUMBER_TOKEN:
            if pending is not None:
                return None
            pending, pending_single = value, single
        elif kind == _ZERO_TOKEN:
            if pending is not None:
                return None
            zero_seen = True
        elif kind == _UNIT_TOKEN:
            if last_unit is not None and value >= last_unit:
                return None
            total += (Decimal(1) if pending is None else pending) * value
            last_unit, pending, zero_seen = value, None, False
        else:
            return None
    if pending is not None:
        if last_unit is not None and last_unit >= 100 and pending_single and not zero_seen:
            total += pending * last_unit / 10  # 两千三百五 = 2350, 千三 = 1300
        else:
            total += pending
    return total + fraction


# ------------------------------------------------------------------ patterns


def _char_class(chars: Iterable[str]) -> str:
    return "[" + "".join("\\" + c if c in "\\]^-[" else c for c in chars) + "]"


_NONZERO_DIGITS = [c for c, v in numerals.DIGITS.items() if v != 0]
_CN_DIGIT = _char_class(_NONZERO_DIGITS)  # 一 two 两 壹 ... (not zero)
_ZERO = _char_class(numerals.ZERO_DIGITS)  # 零 〇 ○
_ANY_DIGIT = _char_class(numerals.DIGITS)  # digits including zero
_UNIT_CLASS = _char_class(numerals.SMALL_UNITS)  # 十 百 千 廿 ...
_INNER_APPROX = _char_class([a for a in numerals.APPROXIMATORS if a not in numerals.PLACEHOLDER_DIGITS])
_PLACEHOLDER = _char_class(numerals.PLACEHOLDER_DIGITS)
_RATE_START = _char_class(numerals.RATE_DENOMINATOR_STARTS)
_MAGNITUDE_CLASS = _char_class([m for m in numerals.MAGNITUDES if m != "兆"])
_MEGA_FOLLOW = _char_class(numerals.MEGA_UNIT_STARTS)

_ARABIC = r"""
    (?<![\d.·])                       # never start inside a digit run or after a point
    (?:
        (?:\d{1,3}(?:,\d{3})+(?!\d)   # 1,050,000 (groups of exactly three)
          | \d{1,3}(?:\x20\d{3})+(?![\d\x20])  # 15 700 (Hong Kong: a space between groups)
          | \d+ )                     # 2023
        (?:[.·]\d+)?                  # 8.5  1·8
      | [.]\d+                        # .5
    )
"""

# The multiplier written before a unit: one Chinese digit or an Arabic number.
_MULTIPLIER = rf"(?:{_ARABIC}|{_CN_DIGIT})"

# A section below 10**4 built with units: 两千三百五, 一千零五, 零十, 1千零20, 二十几.
_UNITS_SECTION = rf"""
    {_ZERO}?{_MULTIPLIER}?{_UNIT_CLASS}         # first term: 三百  百  零十  5千
    (?:{_ZERO}?{_MULTIPLIER}?{_UNIT_CLASS})*    # further terms: 五十  零十
    (?:{_ZERO}?(?:{_MULTIPLIER}|{_PLACEHOLDER}))?   # last digit: 两千三百五  一百零几
"""

# A string of Chinese digits read one by one: 二〇二三 (a zero or at least three digits).
_DIGIT_STRING = rf"(?:(?={_ANY_DIGIT}*{_ZERO}){_ANY_DIGIT}{{2,}}|{_ANY_DIGIT}{{3,}})"

_CN_DECIMAL = rf"(?:点{_ANY_DIGIT}+)"  # 点五  点二三三

_SECTION = rf"""
    (?:
        (?:{_UNITS_SECTION}|{_DIGIT_STRING}|{_ANY_DIGIT}){_CN_DECIMAL}?   # 十点二三三  零点五
      | {_ARABIC}                                                       # 8.5  1,050
    )
"""

_MAGNITUDE = rf"(?:{_MAGNITUDE_CLASS}|兆(?!{_MEGA_FOLLOW}))"  # 万 亿, 兆 unless 兆瓦

# After a magnitude: 5万4千6百, 3万4000, 一万三, 五亿零六, 两千万点五五四四.
_TAIL = rf"(?:{_ZERO}?{_SECTION}|{_CN_DECIMAL})"

_CORE = rf"""
    {_SECTION}
    (?:
        (?:{_INNER_APPROX}            # 十多万  500余万  1万多亿 (only before a magnitude)
          | (?<!{_MAGNITUDE_CLASS}|兆))  # else a run of magnitudes is one step, never split into steps
        {_MAGNITUDE}+                 # 万  万亿  万万 (split, 万×n had 2^n ways to fail)
        {_TAIL}?
    )*
"""

_FRACTION = rf"""
    (?!{_RATE_START})                 # 百分之 千分之 万分之 are rates, not fractions
    {_CORE}分之{_CORE}                # 三分之二  一百分之2
"""


def _not_numeral_words() -> str:
    """Look-aheads that refuse 百分点, 千分之三, 十分重要 as numerals."""
    guards = []
    for word, continuations in numerals.NOT_NUMERAL_WORDS.items():
        tail = f"(?!{_char_class(continuations)})" if continuations else ""
        guards.append(f"(?!{regex.escape(word)}{tail})")
    return "".join(guards)


# The one numeral pattern, written for folded text.  Higher-level patterns
# (quantities, ranges, lists) embed it rather than re-matching digits.  It
# matches the numeral only: no unit, no qualifier word, no sign; it has no
# named groups and no anchors (only a look-behind that keeps it out of digit runs).
# Every numeral starts with a digit, a point, a Chinese digit or a unit (十百千): the first look-ahead
# turns any other character away at once, instead of after every branch of the core has failed on it
# (about 10 µs a position where an embedding pattern tries a numeral: 约约约…, runs of spaces).
_NUMERAL_START = _char_class([*numerals.DIGITS, *numerals.SMALL_UNITS])

NUMERAL_PATTERN = rf"""
(?=[\d.]|{_NUMERAL_START})           # what a numeral can start with
{_not_numeral_words()}               # not 百分点, 千分之, 十分重要
(?:
    (?:{_CORE}又)?{_FRACTION}         # 五分之一  三又二分之一
  | {_CORE}                           # 四亿五千六百四十二万零一十五  1,100.9亿  十多万
)
"""


def called_numeral_pattern() -> str:
    """``NUMERAL_PATTERN`` with each repeated part written once and called (``(?&num_core)``).

    The same language, matched the same way: ``regex`` backtracks into a
    called group as into a copy, and a call leaves the group's own span
    unset.  The four copies of the core, eight of a section and thirty-two of
    the Arabic number made the pattern 19,000 characters, and compiling it
    (``regex`` parses in Python) took some 50 ms at every start; this one is
    under 2,000 characters (7 ms).  It defines the groups ``num_core``,
    ``num_section`` and ``num_arabic``, so it is for a pattern compiled alone:
    :func:`parse_numeral`'s check of a whole surface.  The candidate pattern
    of the quantities keeps the numeral written out: calls are slower to
    match, and there (every position a number may start) that cost
    ``extract()`` about a sixth more time on unseen releases.
    """
    called = NUMERAL_PATTERN.replace(_CORE, "(?&num_core)")
    core = _CORE.replace(_SECTION, "(?&num_section)")
    section = _SECTION.replace(_ARABIC, "(?&num_arabic)")
    return f"{called}\n(?(DEFINE)(?P<num_core>{core})(?P<num_section>{section})(?P<num_arabic>{_ARABIC}))\n"


@lru_cache(maxsize=1)
def _numeral_regex() -> regex.Pattern[str]:
    return regex.compile(called_numeral_pattern(), regex.X)


@lru_cache(maxsize=1)
def _alphabet() -> frozenset[str]:
    """Every character NUMERAL_PATTERN can match; anything else fails fast."""
    return frozenset(
        "0123456789"
        + "".join(numerals.THOUSANDS_SEPARATORS)
        + "".join(numerals.DECIMAL_POINTS)
        + "".join(numerals.DIGITS)
        + "".join(numerals.SMALL_UNITS)
        + "".join(numerals.MAGNITUDES)
        + "".join(numerals.APPROXIMATORS)
        + numerals.FRACTION_MARKER
        + numerals.MIXED_FRACTION_JOINER
    )


@lru_cache(maxsize=1)
def _arabic_regex() -> regex.Pattern[str]:
    return regex.compile(r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:[.·]\d+)?|[.]\d+")


@lru_cache(maxsize=1)
def _power_regex() -> regex.Pattern[str]:
    markers = "".join(regex.escape(m) for m in (*numerals.EXPONENT_MARKERS, numerals.POWER_MARKER))
    return regex.compile(
        rf"(?P<sign>[-+]?)(?P<base>\d+(?:\.\d+)?)(?P<marker>[{markers}])(?P<esigns>[-+]*)(?P<exp>\d{{1,3}})"
    )


@lru_cache(maxsize=1)
def _grouped_regex() -> regex.Pattern[str]:
    return regex.compile(r"(?<![\d ])\d{1,3}(?: \d{3})+(?![\d ])")


@lru_cache(maxsize=1)
def _space_regex() -> regex.Pattern[str]:
    return regex.compile(r"(?<!\d)\s+|\s+(?!\d)")
