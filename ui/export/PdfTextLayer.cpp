#include "PdfTextLayer.h"

#include "render/FigureStyle.h"

#include <QFontDatabase>
#include <QHash>
#include <QRawFont>
#include <QString>

namespace triangle {

namespace {

bool isRadical(char32_t c) { return c >= 0x2E80 && c <= 0x2FDF; } // CJK Radicals Supplement, Kangxi Radicals
bool isControl(char32_t c) { return c < 0x20; }

// Radical or control code point → the character with the same glyph that Qt
// should have chosen, from the font the report sets Chinese in (its bold
// shares glyphs the same way). Kangxi radicals missing from the font fall
// back to their compatibility decomposition (⼭ → 山).
QHash<char16_t, char16_t> buildRenaming()
{
    QHash<char16_t, char16_t> renaming;
    const QRawFont font = QRawFont::fromFont(figureFont(10, 72, true), QFontDatabase::SimplifiedChinese);
    if (font.isValid()) {
        QString all;
        for (char32_t c = 0x20; c < 0x10000; ++c)
            all += (c >= 0xD800 && c <= 0xDFFF) ? QChar(0xFFFD) : QChar(char16_t(c)); // one glyph per code unit
        const QList<quint32> glyphs = font.glyphIndexesForString(all);
        // Glyph → its first unified ideograph (for radicals), and its first
        // code point that is neither radical nor control (for controls).
        QHash<quint32, char16_t> ideograph;
        QHash<quint32, char16_t> printable;
        for (qsizetype i = 0; i < glyphs.size(); ++i) {
            const char32_t c = char32_t(0x20 + i);
            if (glyphs[i] == 0 || isRadical(c) || (c >= 0xD800 && c <= 0xDFFF))
                continue;
            if (((c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)) && !ideograph.contains(glyphs[i]))
                ideograph.insert(glyphs[i], char16_t(c));
            if (!printable.contains(glyphs[i]))
                printable.insert(glyphs[i], char16_t(c));
        }
        QString odd;
        for (char32_t c = 1; c < 0x20; ++c)
            odd += QChar(char16_t(c));
        for (char32_t c = 0x2E80; c <= 0x2FDF; ++c)
            odd += QChar(char16_t(c));
        const QList<quint32> oddGlyphs = font.glyphIndexesForString(odd);
        for (qsizetype i = 0; i < odd.size() && i < oddGlyphs.size(); ++i) {
            const QHash<quint32, char16_t> &readable = isRadical(odd[i].unicode()) ? ideograph : printable;
            if (oddGlyphs[i] != 0 && readable.contains(oddGlyphs[i]))
                renaming.insert(odd[i].unicode(), readable.value(oddGlyphs[i]));
        }
    }
    for (char16_t c = 0x2F00; c <= 0x2FD5; ++c) {
        const QString decomposed = QChar(c).decomposition();
        if (!renaming.contains(c) && decomposed.size() == 1)
            renaming.insert(c, decomposed.at(0).unicode());
    }
    return renaming;
}

const QHash<char16_t, char16_t> &renaming()
{
    static const QHash<char16_t, char16_t> table = buildRenaming();
    return table;
}

// The character a glyph Qt named `codePoint` stands for (itself when it needs no renaming).
char16_t readableCodePoint(char16_t codePoint)
{
    if (!isRadical(codePoint) && !isControl(codePoint))
        return codePoint;
    return renaming().value(codePoint, codePoint);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// The 4-digit hex string <XXXX> at `at` (just past '<'), or -1.
int readHex4(const QByteArray &pdf, qsizetype at)
{
    if (at + 4 >= pdf.size() || pdf[at + 4] != '>')
        return -1;
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(pdf[at + i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

void writeHex4(QByteArray &pdf, qsizetype at, char16_t value)
{
    static const char digits[] = "0123456789ABCDEF";
    for (int i = 3; i >= 0; --i) {
        pdf[at + i] = digits[value & 0xF];
        value >>= 4;
    }
}

void rename(QByteArray &pdf, qsizetype valueAt)
{
    const int value = readHex4(pdf, valueAt);
    if (value < 0)
        return;
    const char16_t better = readableCodePoint(char16_t(value));
    if (better != value)
        writeHex4(pdf, valueAt, better);
}
} // namespace

QByteArray withReadableTextLayer(QByteArray pdf)
{
    // Qt writes its ToUnicode CMaps uncompressed, one "<glyph> <glyph> value"
    // line per range: value a single <XXXX> (one glyph, or consecutive code
    // points) or an array [<XXXX> …] of one code point per glyph.
    qsizetype from = 0;
    while ((from = pdf.indexOf("beginbfrange", from)) >= 0) {
        const qsizetype end = pdf.indexOf("endbfrange", from);
        if (end < 0)
            break;
        qsizetype line = pdf.indexOf('\n', from) + 1;
        while (line > 0 && line < end) {
            const qsizetype lineEnd = std::min(pdf.indexOf('\n', line) < 0 ? end : pdf.indexOf('\n', line), end);
            const qsizetype bracket = pdf.indexOf('[', line);
            if (bracket >= 0 && bracket < lineEnd) {
                for (qsizetype at = pdf.indexOf('<', bracket); at >= 0 && at < lineEnd; at = pdf.indexOf('<', at + 1))
                    rename(pdf, at + 1);
            } else if (pdf.size() > line + 14 && pdf[line] == '<') {
                // "<first> <last> <value>": only a single glyph can be renamed in
                // place; a run of consecutive code points stays as it is.
                const int first = readHex4(pdf, line + 1);
                const int last = readHex4(pdf, line + 8);
                if (first >= 0 && first == last && pdf[line + 14] == '<')
                    rename(pdf, line + 15);
            }
            line = lineEnd + 1;
        }
        from = end;
    }
    return pdf;
}

} // namespace triangle
