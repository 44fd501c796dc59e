"""Regenerate the README images in docs/img/ from the bundled sample report.

Run from the repo root (needs Debian's chromium and the dev extras for playwright)::

    .venv/bin/python docs/make_images.py

Writes ``docs/img/poster.png`` (the 一图读懂 poster, scaled to 540 px wide for the README;
``hzd digest … --format png`` gives the full 1080 px one), ``docs/img/digest-420.png`` (the
top of the HTML digest on a 420 px phone screen) and ``docs/img/digest-source-420.png`` (the
same page after tapping a bullet's 原文 link: the sentence and its figures highlighted).
Chromium gets a fontconfig file adding the pip-shipped Noto fonts, so the screenshot shows
Chinese on machines without CJK fonts.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "national-2025-gov-work-report.txt"
OUT = ROOT / "docs" / "img"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def main() -> int:
    from PIL import Image
    from playwright.sync_api import sync_playwright

    import huazhongdian as hzd
    from huazhongdian.render.html import render_html
    from huazhongdian.render.poster import render_poster_png
    from huazhongdian.render.style import font_dir

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        print("chromium not found: apt-get install chromium", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    digest = hzd.digest(hzd.read(SAMPLE), lens="science")

    poster = Image.open(io.BytesIO(render_poster_png(digest)))
    small = poster.resize((540, round(poster.height * 540 / poster.width)), Image.Resampling.LANCZOS)
    # 256 colours are plenty for a README preview and cut the file to a third.
    small.quantize(256, method=Image.Quantize.MEDIANCUT).save(OUT / "poster.png", optimize=True)

    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "digest.html"
        page_path.write_text(render_html(digest), encoding="utf-8")
        conf = Path(tmp) / "fonts.conf"
        conf.write_text(
            '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
            '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
            f"  <dir>{font_dir()}</dir>\n  <cachedir>{Path(tmp) / 'fc-cache'}</cachedir>\n</fontconfig>\n",
            encoding="utf-8")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium, args=ARGS,
                                         env={**os.environ, "FONTCONFIG_FILE": str(conf)})
            page = browser.new_page(viewport={"width": 420, "height": 1600})
            page.goto(page_path.as_uri())
            page.screenshot(path=str(OUT / "digest-420.png"))
            page.set_viewport_size({"width": 420, "height": 760})
            page.locator("ul.bullets li:has(mark) a.src").first.click()  # a bullet with figures
            page.screenshot(path=str(OUT / "digest-source-420.png"))
            browser.close()
    for name in ("poster.png", "digest-420.png", "digest-source-420.png"):
        print(OUT / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
