"""HTML writer: one self-contained file (inline CSS, map as a data: URI), printable from a browser.

Why escape everything: quotes, names and notes come from documents and hand-edited layers; a stray
``<`` must print as text, never become markup or script in an officer's browser.
"""

from __future__ import annotations

import base64
from html import escape

from geo.briefing import common
from geo.briefing.labels import t
from geo.briefing.model import Briefing, DocSection

CSS = """
body{font-family:"Noto Sans CJK SC","Noto Sans SC","Microsoft YaHei","PingFang SC",sans-serif;
 max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.55}
h1{font-size:1.6rem;margin-bottom:.3rem}h2{color:#1b3a57;border-bottom:1px solid #c8d0d8;margin-top:1.6rem}
table{border-collapse:collapse;width:100%;font-size:.85rem}th,td{border:1px solid #b8c2cc;padding:.3rem;
 vertical-align:top;text-align:left}th{background:#35506b;color:#fff}table.d{table-layout:fixed}
.info th{background:#eef2f6;color:#222;width:9rem}.meta,.cite,figcaption{color:#555;font-size:.75rem}img{max-width:100%}
@media print{body{margin:0}h2{break-after:avoid}tr{break-inside:avoid}}
"""


COLUMN_WIDTHS = ("3rem", "9rem", "7rem", "7rem", "9rem", "auto")  # same columns in every document section


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _section(section: DocSection, b: Briefing) -> str:
    keys = ("col.no", "col.name", "col.group", "col.industry", "col.role", "col.quote")
    head = "".join(f"<th>{_e(t(k, b.lang))}</th>" for k in keys)
    rows = []
    for e in section.entries:
        rows.append(
            f'<tr id="{_e(e.id)}"><td>{e.number}</td>'
            f'<td><strong>{_e(e.name)}</strong><div class="meta">'
            f"{_e(common.entry_meta(e.kind_label, e.status_label))}</div></td>"
            f"<td>{_e(e.group)}</td><td>{_e(e.industry)}</td><td>{_e(e.role)}</td>"
            f'<td><q>{_e(e.quote)}</q><div class="cite">{_e(e.citation)}</div></td></tr>'
        )
    cols = "".join(f'<col style="width:{w}">' for w in COLUMN_WIDTHS)
    return (f'<h3>{_e(section.heading)}</h3><table class="d"><colgroup>{cols}</colgroup>'
            f"<tr>{head}</tr>{''.join(rows)}</table>")


def _list(lines: list[str], empty: str) -> str:
    if not lines:
        return f"<p>{_e(empty)}</p>"
    return "<ul>" + "".join(f"<li>{_e(line)}</li>" for line in lines) + "</ul>"


def render_html(b: Briefing) -> bytes:
    """The briefing as a UTF-8 HTML document."""
    lang = b.lang
    info = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in common.title_rows(b))
    parts = [
        f'<!DOCTYPE html><html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">',
        f"<title>{_e(common.title(b))}</title><style>{CSS}</style></head><body>",
        f'<h1>{_e(common.title(b))}</h1><table class="info">{info}</table><p>{_e(common.summary(b))}</p>',
    ]
    if b.map_png:
        data = base64.b64encode(b.map_png).decode("ascii")
        parts.append(f'<figure><img alt="{_e(t("map", lang))}" src="data:image/png;base64,{data}">'
                     f"<figcaption>{_e(common.map_caption(b))}</figcaption></figure>")
    parts.append(f"<h2>{_e(t('designations', lang))}</h2>")
    if not b.own and b.entries:
        parts.append(f"<p>{_e(t('fallback.heading', lang, name=b.subject.name))}</p>")
    parts += [_section(s, b) for s in b.sections]
    parts.append(f"<h2>{_e(t('industries', lang))}</h2>")
    parts.append(_list(common.industry_lines(b), t("industries.none", lang)))
    parts.append(f"<h2>{_e(t('partners', lang))}</h2>")
    parts.append(_list(common.partner_lines(b), t("partners.none", lang)))
    parts.append(f"<h2>{_e(t('notes', lang))}</h2>")
    parts.append(_list(common.note_lines(b), t("notes.none", lang)))
    parts.append(f"<h2>{_e(t('sources', lang))}</h2>")
    parts.append("".join(f'<p class="cite">{_e(line)}</p>' for line in common.source_lines(b)))
    parts.append("</body></html>\n")
    return "".join(parts).encode("utf-8")
