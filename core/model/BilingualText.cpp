#include "BilingualText.h"

namespace triangle {

namespace {
bool hasHan(QStringView text)
{
    for (QChar c : text) {
        // CJK Unified Ideographs and their extension A.
        if ((c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) || (c.unicode() >= 0x3400 && c.unicode() <= 0x4DBF))
            return true;
    }
    return false;
}

bool hasLatinWord(QStringView text)
{
    for (qsizetype i = 0, run = 0; i < text.size(); ++i) {
        run = (text[i].unicode() < 128 && text[i].isLetter()) ? run + 1 : 0;
        if (run >= 2)
            return true;
    }
    return false;
}

// `text` without what stands in parentheses: an English text may quote the
// Chinese term it translates, "technology suspension (技术悬浮)".
QString outsideParentheses(QStringView text)
{
    QString out;
    int depth = 0;
    for (QChar c : text) {
        if (c == QLatin1Char('(') || c == QChar(0xFF08))
            ++depth;
        else if ((c == QLatin1Char(')') || c == QChar(0xFF09)) && depth > 0)
            --depth;
        else if (depth == 0)
            out.append(c);
    }
    return out;
}

// Chinese, then English with no Chinese in it (but for quoted terms): a bilingual pair.
bool isPair(QStringView chinese, QStringView english)
{
    return hasHan(chinese) && !hasHan(outsideParentheses(english)) && hasLatinWord(english);
}

QString pick(QStringView chinese, QStringView english, Language language)
{
    return (language == Language::Chinese ? chinese : english).trimmed().toString();
}
} // namespace

QString textInLanguage(const QString &text, Language language)
{
    const QStringView all = QStringView(text).trimmed();
    // "中文名 / English name" (or "中文名（注）/ English name")
    const qsizetype slash = all.indexOf(QStringLiteral("/ "));
    if (slash > 0 && all.indexOf(QStringLiteral("/ "), slash + 2) < 0) {
        const QStringView chinese = all.first(slash);
        const QStringView english = all.sliced(slash + 2);
        if (isPair(chinese, english))
            return pick(chinese, english, language);
    }
    // "中文 (English)": the last top-level parenthesis, closing the text.
    if (all.endsWith(QLatin1Char(')'))) {
        int depth = 0;
        for (qsizetype i = all.size() - 1; i >= 0; --i) {
            if (all[i] == QLatin1Char(')'))
                ++depth;
            else if (all[i] == QLatin1Char('(') && --depth == 0) {
                const QStringView chinese = all.first(i);
                const QStringView english = all.sliced(i + 1, all.size() - i - 2);
                // Two words at least: "使用Excel (WPS)" is one language's text.
                if (isPair(chinese, english) && english.trimmed().contains(QLatin1Char(' ')))
                    return pick(chinese, english, language);
                break;
            }
        }
    }
    return text;
}

} // namespace triangle
