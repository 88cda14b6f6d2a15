"""Parse a standalone numeral surface into a number.

``parse_number`` knows nothing about spans or context: it turns one surface
such as ``8.5万``, ``四亿五千六百四十二万零一十五`` or ``１，０５０`` into a value,
or returns ``None`` when the surface is not a numeral it understands.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Optional, Union

from .lexicon import numerals
from .normalize import fold

Number = Union[int, float]

_DIGITS = numerals.DIGITS
_SMALL = numerals.SMALL_UNITS
_MAGNITUDES = numerals.MAGNITUDES


def parse_number(surface: str) -> Optional[Number]:
    """Return the value of a numeral surface, or ``None`` if it is not one.

    >>> parse_number("8.5万"), parse_number("一千零五十"), parse_number("1,050,000")
    (85000, 1050, 1050000)
    >>> parse_number("四亿五千六百四十二万零一十五")
    456420015
    >>> parse_number("增长") is None
    True
    """
    if not isinstance(surface, str):
        raise TypeError(f"parse_number() takes a str, not {type(surface).__name__}")
    text = fold(surface).strip()
    if not text:
        return None
    negative = text[0] in numerals.NEGATIVE_SIGNS
    if negative:
        text = text[1:]
    value = _parse_unsigned(text)
    if value is None:
        return None
    value = -value if negative else value
    return _canonical(value)


def _canonical(value: Decimal) -> Number:
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _parse_unsigned(text: str) -> Optional[Decimal]:
    """Parse digits interleaved with 万/亿 magnitudes, left to right.

    Handles 4.78万亿, 5万4千6百, 3万4000, 一万三 (=13000) and 四亿五千六百四十二万零一十五.
    """
    total = Decimal(0)
    section = ""  # numeral text since the last magnitude
    last_multiplier: Optional[int] = None
    i = 0
    while i < len(text):
        ch = text[i]
        if ch not in _MAGNITUDES:
            section += ch
            i += 1
            continue
        multiplier = _MAGNITUDES[ch]
        j = i + 1
        while j < len(text) and text[j] in _MAGNITUDES:  # 万亿 = 10**12
            multiplier *= _MAGNITUDES[text[j]]
            j += 1
        if not section:
            return None
        part = _parse_section(section)
        if part is None:
            return None
        if last_multiplier is not None and multiplier > last_multiplier:
            total = (total + part) * multiplier  # 三千万亿 style: a larger magnitude scales all before it
        else:
            total += part * multiplier
        last_multiplier = multiplier
        section = ""
        i = j
    if section:
        part = _parse_section(section)
        if part is None:
            return None
        if last_multiplier is not None and _is_single_digit(section):
            part *= last_multiplier // 10  # 一万三 = 13000
        total += part
    return total


def _is_single_digit(section: str) -> bool:
    return len(section) == 1 and section in _DIGITS


def _parse_section(text: str) -> Optional[Decimal]:
    """Parse a numeral below ten thousand (may be Arabic with a decimal part)."""
    plain = text
    for sep in numerals.THOUSANDS_SEPARATORS:
        plain = plain.replace(sep, "")
    ascii_form = plain.replace("·", ".")
    if ascii_form and all(c.isdigit() or c == "." for c in ascii_form) and ascii_form.count(".") <= 1:
        if ascii_form == ".":
            return None
        try:
            return Decimal(ascii_form if not ascii_form.startswith(".") else "0" + ascii_form)
        except InvalidOperation:
            return None
    if "点" in text:
        whole, _, frac = text.partition("点")
        whole_value = _parse_chinese_integer(whole) if whole else Decimal(0)
        if whole_value is None or not frac or any(c not in _DIGITS for c in frac):
            return None
        digits = "".join(str(_DIGITS[c]) for c in frac)
        return whole_value + Decimal("0." + digits)
    return _parse_chinese_integer(text)


def _parse_chinese_integer(text: str) -> Optional[Decimal]:
    """Parse 一千零五十, 两千三百五 (=2350), 十五, 三五 (digit strings) below 10**4."""
    if not text:
        return None
    if all(c in _DIGITS for c in text):
        if len(text) == 1:
            return Decimal(_DIGITS[text])
        # A string of digits such as 二〇二三 reads digit by digit.
        return Decimal("".join(str(_DIGITS[c]) for c in text))
    total = 0
    digit: Optional[int] = None
    last_unit = None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _SMALL:
            unit = _SMALL[ch]
            if unit in (20, 30):
                total += unit
                digit = None
                last_unit = 10
                continue
            total += (1 if digit is None else digit) * unit
            digit = None
            last_unit = unit
        else:
            return None
    if digit is not None:
        # Abbreviated tail: 两千三百五 -> 2350, 千三 -> 1300; after 零 it is a plain unit digit.
        if last_unit is not None and last_unit >= 100 and not text[-2] in ("零", "〇"):
            total += digit * last_unit // 10
        else:
            total += digit
    return Decimal(total)


def _char_class(chars) -> str:
    return "".join(_escape(c) for c in chars)


def _escape(ch: str) -> str:
    return "\\" + ch if ch in r"\]^-[" else ch


_CN_DIGIT = f"[{_char_class(_DIGITS)}]"
_CN_UNIT = f"[{_char_class(_SMALL)}]"
_MAGNITUDE = f"[{_char_class(_MAGNITUDES)}]"
_APPROX = f"[{_char_class(numerals.APPROXIMATORS)}]"

# The one numeral pattern, written for folded text.  Higher-level patterns
# (quantities, ranges, lists) embed it rather than re-matching digits.  It
# matches the numeral only: no unit, no qualifier word, no sign.
NUMERAL_PATTERN = rf"""
(?:
    (?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:[.·]\d+)?       # Arabic: 1,050,000  8.5  1·8
  | [.]\d+                                          # .5
  | (?:{_CN_DIGIT}|{_CN_UNIT})+(?:点{_CN_DIGIT}+)?  # Chinese: 四千零五十  三点五
)
(?:
    {_APPROX}?                                      # 十多万  500余万
    (?:{_MAGNITUDE}+|{_CN_UNIT}(?={_MAGNITUDE}))    # 万  万亿  千万
    (?:(?:\d+|(?:{_CN_DIGIT}|{_CN_UNIT})+)(?!\d)(?:{_MAGNITUDE}+)?)?  # 5万4千6百  一万三  3万4000
)*
"""
