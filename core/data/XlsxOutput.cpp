#include "XlsxOutput.h"

#include "OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>

namespace triangle {

namespace {
// The data workbook's context, where these sentences were first translated.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::DataWorkbook)
};
} // namespace

QString writeWholeWorkbook(const QString &path, const std::function<QString(const QString &built)> &build)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Tr::tr("“%1” cannot be written: no temporary folder (%2)").arg(shown, scratch.errorString());
    const QString built = scratch.filePath(QStringLiteral("workbook.xlsx"));
    if (const QString error = build(built); !error.isEmpty())
        return Tr::tr("“%1” cannot be written: %2").arg(shown, error);
    QFile in(built);
    if (!in.open(QIODevice::ReadOnly))
        return Tr::tr("“%1” cannot be written: %2").arg(shown, in.errorString());
    return writeOutputFile(path, in.readAll());
}

int xlsxDisplayWidth(const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        int width = 0;
        for (const char32_t c : line.toUcs4()) {
            const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x20000;
            width += wide ? 2 : 1;
        }
        widest = std::max(widest, width);
    }
    return widest;
}

} // namespace triangle
