"""Build ``src/huazhongdian/data/cjk_fold.tsv``: radicals and compatibility ideographs → unified ideographs.

PDFs printed by a browser or exported by many word processors map some glyphs back to the
*radical* code points that share them (⼯ U+2F2F for 工, ⺠ U+2EA0 for 民), so the extracted
text looks right and matches nothing. The table folds each such code point to its unified
ideograph, one character for one (offsets never move):

- Kangxi Radicals (U+2F00–2FD5) and CJK Compatibility Ideographs (U+F900–FAFF,
  U+2F800–2FA1F): their NFKC form, where it is a single unified ideograph;
- CJK Radicals Supplement (U+2E80–2EF3), which NFKC leaves alone: the unified ideograph that
  the shipped Noto Sans SC font draws with the same glyph (⺠ and 民 are one glyph there),
  when there is exactly one.

Run: ``python scripts/build_cjk_fold.py`` (needs fonttools and pylopdf-fonts-zh-cn, both
dependencies). The output is data, checked in.
"""

from __future__ import annotations

import unicodedata
from importlib import resources
from pathlib import Path

from fontTools.ttLib import TTFont

OUT = Path(__file__).resolve().parent.parent / "src" / "huazhongdian" / "data" / "cjk_fold.tsv"
NFKC_RANGES = ((0x2F00, 0x2FD5), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))
SUPPLEMENT = (0x2E80, 0x2EF3)


def is_unified(ch: str) -> bool:
    cp = ord(ch)
    return 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x3134F


def build() -> dict[str, str]:
    fold: dict[str, str] = {}
    for low, high in NFKC_RANGES:
        for cp in range(low, high + 1):
            ch = chr(cp)
            target = unicodedata.normalize("NFKC", ch)
            if target != ch and len(target) == 1 and is_unified(target):
                fold[ch] = target
    font = TTFont(str(resources.files("pylopdf_fonts_zh_cn").joinpath("NotoSansSC-Regular.otf")))
    cmap = font.getBestCmap()
    by_glyph: dict[str, list[str]] = {}
    for cp, glyph in cmap.items():
        by_glyph.setdefault(glyph, []).append(chr(cp))
    for cp in range(SUPPLEMENT[0], SUPPLEMENT[1] + 1):
        glyph = cmap.get(cp)
        same = sorted({c for c in by_glyph.get(glyph, ()) if is_unified(c)}) if glyph else []
        if len(same) == 1:
            fold[chr(cp)] = same[0]
    return fold


def main() -> None:
    fold = build()
    lines = ["# radical or compatibility ideograph<TAB>unified ideograph; built by scripts/build_cjk_fold.py"]
    lines += [f"{src}\t{dst}\t# U+{ord(src):04X} → U+{ord(dst):04X}" for src, dst in sorted(fold.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(fold)} pairs to {OUT}")


if __name__ == "__main__":
    main()
