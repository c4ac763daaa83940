#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {
const QString SourceDir = QStringLiteral(TRIANGLE_SOURCE_DIR);

struct Catalogue
{
    QSet<QString> sources;     // "context|source"
    QStringList unfinished;    // sources whose translation is unfinished or empty
    QStringList placeholderMismatches;
};

// The %1, %2, %n markers of a string, sorted: a translation must keep them all.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(L?\\d+|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

Catalogue readCatalogue(const QString &path)
{
    Catalogue c;
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    QXmlStreamReader xml(&file);
    QString context, source, translation;
    bool unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QStringLiteral("name"))
                context = xml.readElementText();
            else if (xml.name() == QStringLiteral("message")) {
                source.clear();
                translation.clear();
                unfinished = false;
            } else if (xml.name() == QStringLiteral("source"))
                source = xml.readElementText();
            else if (xml.name() == QStringLiteral("translation")) {
                const auto type = xml.attributes().value(QStringLiteral("type"));
                unfinished = type == QStringLiteral("unfinished") || type == QStringLiteral("vanished")
                    || type == QStringLiteral("obsolete");
                translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == QStringLiteral("message")) {
            c.sources.insert(context + QLatin1Char('|') + source);
            if (unfinished || translation.trimmed().isEmpty())
                c.unfinished << context + QStringLiteral(": ") + source;
            else if (placeholders(source) != placeholders(translation))
                c.placeholderMismatches << context + QStringLiteral(": ") + source;
        }
    }
    EXPECT_FALSE(xml.hasError()) << qPrintable(path) << ": " << qPrintable(xml.errorString());
    return c;
}

// What the code marks for translation now, extracted by lupdate into a scratch catalogue.
QSet<QString> sourcesInCode()
{
    QTemporaryDir dir;
    const QString ts = dir.filePath(QStringLiteral("scan.ts"));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args;
    for (const char *folder : {"core", "ui", "app"})
        args << QDir(SourceDir).filePath(QLatin1StringView(folder));
    args << QStringLiteral("-extensions") << QStringLiteral("cpp,h") << QStringLiteral("-locations") << QStringLiteral("none")
         << QStringLiteral("-silent") << QStringLiteral("-ts") << ts;
    lupdate.start(QStringLiteral(TRIANGLE_LUPDATE), args);
    EXPECT_TRUE(lupdate.waitForFinished(120000));
    EXPECT_EQ(lupdate.exitCode(), 0) << lupdate.readAll().constData();
    return readCatalogue(ts).sources;
}

QString firstFew(const QStringList &items)
{
    return items.mid(0, 10).join(QLatin1Char('\n')) + (items.size() > 10 ? QStringLiteral("\n…") : QString());
}

QStringList difference(const QSet<QString> &a, const QSet<QString> &b)
{
    QStringList out = QSet<QString>(a).subtract(b).values();
    out.sort();
    return out;
}
} // namespace

class TranslationCompletenessTest : public ::testing::TestWithParam<const char *>
{
};

TEST_P(TranslationCompletenessTest, EveryStringInTheCodeIsTranslated)
{
    static const QSet<QString> inCode = sourcesInCode();
    ASSERT_GT(inCode.size(), 100);
    const Catalogue catalogue = readCatalogue(QDir(SourceDir).filePath(QStringLiteral("resources/translations/triangle_%1.ts")
                                                                           .arg(QLatin1StringView(GetParam()))));
    const QStringList missing = difference(inCode, catalogue.sources);
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " string(s) in the code are missing from the catalogue "
                                   << "(run the update_translations build target):\n" << qPrintable(firstFew(missing));
    EXPECT_TRUE(catalogue.unfinished.isEmpty()) << catalogue.unfinished.size() << " unfinished translation(s):\n"
                                                << qPrintable(firstFew(catalogue.unfinished));
    EXPECT_TRUE(catalogue.placeholderMismatches.isEmpty())
        << "translations that lose or add a %-placeholder:\n" << qPrintable(firstFew(catalogue.placeholderMismatches));
}

INSTANTIATE_TEST_SUITE_P(Languages, TranslationCompletenessTest, ::testing::Values("zh_CN", "en"));
