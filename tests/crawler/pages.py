"""Article pages the crawler tests build themselves (their Arabic text is written for the tests)."""

from __future__ import annotations

SENTENCES = [
    "قال وزير الزراعة سامي الحداد إن موسم القمح هذا العام سيكون أفضل من المواسم السابقة.",
    "وأضاف الحداد أن الوزارة وزعت البذور على المزارعين في كل المحافظات قبل موعد الزراعة.",
    "وأكدت نقابة المزارعين في بيان أن الأسعار الجديدة لا تغطي تكاليف الإنتاج المرتفعة.",
    "وقال رئيس النقابة خالد منصور: «نطالب الحكومة بمراجعة الأسعار قبل نهاية الشهر».",
]


def article_html(n: int, title: str | None = None, charset: str = "utf-8", dated: bool = True,
                 byline: str = "") -> str:
    """An article page with a title, a date (unless not ``dated``) and a few paragraphs; n makes
    its text unique. ``byline`` is shown in a <span class="kateb"> that no metadata names."""
    title = title or f"موسم القمح في المحافظة رقم {n}"
    body = "".join(f"<p>{s} (الخبر {n})</p>" for s in SENTENCES)
    date = (f'<meta property="article:published_time" content="2024-05-{n % 28 + 1:02d}T09:00:00+03:00">'
            if dated else "")
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="{charset}"><title>{title}</title>'
            f'<meta property="og:title" content="{title}">{date}'
            "</head><body><nav><a href='/'>الرئيسية</a> | <a href='/sport'>رياضة</a></nav>"
            f"<article><h1>{title}</h1><span class='kateb'>{byline}</span>{body}</article>"
            "<aside>اقرأ أيضا: أخبار أخرى من المحافظة</aside><footer>جميع الحقوق محفوظة</footer></body></html>")
