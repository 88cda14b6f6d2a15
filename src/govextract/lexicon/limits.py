"""Bounds on what one record may span, so hostile input stays linear in time and memory.

No real release comes near them: the longest cited title in the fixtures and test
releases holds 29 characters and the longest quotation 45, and pairs nest at most
two deep (《山东省“十四五”规划》).  Without them, n nested 《 then n 》 give n
titles whose texts add up to n² characters.
"""

# A 《》 pair whose inner text is longer than this is no cited title (real ones run to about 100).
TITLE_MAX_CHARS = 200

# A quoted name or saying longer than this is reported as no program (quoted speech rarely passes 300).
QUOTE_MAX_CHARS = 500

# Pairs within pairs: only the outermost this many levels of reported pairs give records.
ENCLOSURE_MAX_DEPTH = 4
