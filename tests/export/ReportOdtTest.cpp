// `triangle-studio report -o report.odt` (issue 20 §3): an OpenDocument text
// over the same content as the PDF, read back part by part from its zip:
// real headings with outline levels, tables, embedded figures, and heading
// styles that size and embolden Chinese (the Asian attributes), not only Latin.

#include "support/CliRunner.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamReader>

#include <unzip.h>

using namespace triangle;
using namespace triangle::test;

namespace {
// The part `name` of the zip at `path`; nullopt when it has none.
std::optional<QByteArray> zipPart(const QString &path, const QString &name)
{
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return std::nullopt;
    std::optional<QByteArray> content;
    if (unzLocateFile(zip, name.toUtf8().constData(), 1) == UNZ_OK && unzOpenCurrentFile(zip) == UNZ_OK) {
        QByteArray bytes;
        char buffer[65536];
        int got = 0;
        while ((got = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
            bytes.append(buffer, got);
        unzCloseCurrentFile(zip);
        content = bytes;
    }
    unzClose(zip);
    return content;
}

QString firstPartName(const QString &path)
{
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return {};
    char name[256] = {};
    unz_file_info64 info{};
    if (unzGoToFirstFile(zip) == UNZ_OK)
        unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0);
    unzClose(zip);
    return info.compression_method == 0 ? QString::fromUtf8(name) : QStringLiteral("(compressed) ") + QString::fromUtf8(name);
}

// The text-properties attributes of the named style in styles.xml.
QXmlStreamAttributes styleTextProperties(const QByteArray &stylesXml, const QString &styleName)
{
    QXmlStreamReader xml(stylesXml);
    bool inStyle = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.qualifiedName() == QStringLiteral("style:style"))
            inStyle = xml.attributes().value(QStringLiteral("style:name")) == styleName;
        else if (inStyle && xml.isStartElement() && xml.qualifiedName() == QStringLiteral("style:text-properties"))
            return xml.attributes();
    }
    return {};
}

struct OdtReport
{
    QTemporaryDir home;
    QString path;
    ProcessResult run;
};

void writeOdtReport(OdtReport &report, const QString &language)
{
    report.path = report.home.filePath(QStringLiteral("report.odt"));
    report.run = runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), report.home.path(),
                                   {QStringLiteral("report"), QStringLiteral("--regions"), QStringLiteral("all"),
                                    QStringLiteral("--lang"), language, QStringLiteral("-o"), report.path});
}
} // namespace

TEST(ReportOdtTest, HasHeadingsWithOutlineLevelsTablesAndEmbeddedFigures)
{
    OdtReport report;
    writeOdtReport(report, QStringLiteral("zh_CN"));
    ASSERT_EQ(report.run.exitCode, 0) << qPrintable(report.run.err);
    // The package: an uncompressed mimetype first, as OpenDocument requires.
    EXPECT_EQ(firstPartName(report.path), QStringLiteral("mimetype"));
    EXPECT_EQ(zipPart(report.path, QStringLiteral("mimetype")).value_or(QByteArray()),
              QByteArrayLiteral("application/vnd.oasis.opendocument.text"));
    const auto content = zipPart(report.path, QStringLiteral("content.xml"));
    ASSERT_TRUE(content.has_value());
    const QString xml = QString::fromUtf8(*content);
    EXPECT_TRUE(xml.contains(QStringLiteral("<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">战略三角报告</text:h>")))
        << qPrintable(xml.left(2000));
    // A region's heading at level 2, after the swatch of its colour in the figures.
    static const QRegularExpression zhejiang(QStringLiteral(R"re(<text:h [^>]*text:outline-level="2">(<text:span text:style-name="Colour_[0-9a-f]{6}">■</text:span> )?浙江省)re"));
    EXPECT_TRUE(zhejiang.match(xml).hasMatch());
    EXPECT_TRUE(xml.contains(QStringLiteral("<table:table ")));
    EXPECT_TRUE(xml.contains(QStringLiteral("<table:table-header-rows>")));
    // The argument is there as in the PDF: a rationale of Zhejiang's.
    EXPECT_TRUE(xml.contains(QStringLiteral("浙江的政府运行保障改革积极融入")));
    // Every figure named is a picture in the package.
    static const QRegularExpression image(QStringLiteral("<draw:image xlink:href=\"([^\"]+)\""));
    int images = 0;
    for (const QRegularExpressionMatch &m : image.globalMatch(xml)) {
        ++images;
        const auto png = zipPart(report.path, m.captured(1));
        ASSERT_TRUE(png.has_value()) << qPrintable(m.captured(1));
        EXPECT_FALSE(QImage::fromData(*png, "PNG").isNull()) << qPrintable(m.captured(1));
    }
    EXPECT_GE(images, 3 + 3); // an evolution diagram per region and a comparison panel per stage at least
}

// The regions' parts follow the order they were named in, not their codes'.
TEST(ReportOdtTest, RegionsComeInTheOrderNamed)
{
    QTemporaryDir home;
    const QString odt = home.filePath(QStringLiteral("ordered.odt"));
    const ProcessResult run = runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), home.path(),
                                                {QStringLiteral("report"), QStringLiteral("--regions"), QStringLiteral("510000,140000"),
                                                 QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("-o"), odt});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QString xml = QString::fromUtf8(zipPart(odt, QStringLiteral("content.xml")).value_or(QByteArray()));
    const qsizetype sichuan = xml.indexOf(QStringLiteral("四川省 510000"));
    const qsizetype shanxi = xml.indexOf(QStringLiteral("山西省 140000"));
    ASSERT_GE(sichuan, 0);
    ASSERT_GE(shanxi, 0);
    EXPECT_LT(sichuan, shanxi);
}

TEST(ReportOdtTest, HeadingStylesSetChineseSizeAndWeight)
{
    OdtReport report;
    writeOdtReport(report, QStringLiteral("zh_CN"));
    ASSERT_EQ(report.run.exitCode, 0) << qPrintable(report.run.err);
    const auto styles = zipPart(report.path, QStringLiteral("styles.xml"));
    ASSERT_TRUE(styles.has_value());
    for (int level = 1; level <= 3; ++level) {
        const QXmlStreamAttributes text = styleTextProperties(*styles, QStringLiteral("Heading_20_%1").arg(level));
        ASSERT_FALSE(text.isEmpty()) << level;
        const QString size = text.value(QStringLiteral("fo:font-size")).toString();
        EXPECT_FALSE(size.isEmpty());
        EXPECT_EQ(text.value(QStringLiteral("style:font-size-asian")).toString(), size) << level;
        EXPECT_EQ(text.value(QStringLiteral("style:font-size-complex")).toString(), size) << level;
        EXPECT_EQ(text.value(QStringLiteral("fo:font-weight")).toString(), QStringLiteral("bold")) << level;
        EXPECT_EQ(text.value(QStringLiteral("style:font-weight-asian")).toString(), QStringLiteral("bold")) << level;
    }
}

// LibreOffice reads it: the text it converts the document to has the headings
// and the regions. Skipped where LibreOffice is not installed.
TEST(ReportOdtTest, LibreOfficeOpensIt)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        GTEST_SKIP() << "LibreOffice (soffice) is not installed";
    OdtReport report;
    writeOdtReport(report, QStringLiteral("zh_CN"));
    ASSERT_EQ(report.run.exitCode, 0) << qPrintable(report.run.err);
    QProcess convert;
    // A profile of its own, so that a LibreOffice already running is not asked.
    convert.start(soffice, {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(report.home.filePath(QStringLiteral("profile"))).toString(),
                            QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("txt:Text (encoded):UTF8"),
                            QStringLiteral("--outdir"), report.home.path(), report.path});
    ASSERT_TRUE(convert.waitForFinished(110000));
    QFile text(report.home.filePath(QStringLiteral("report.txt")));
    ASSERT_TRUE(text.open(QIODevice::ReadOnly)) << qPrintable(QString::fromUtf8(convert.readAllStandardError()));
    const QString words = QString::fromUtf8(text.readAll());
    for (const QString &phrase : {QStringLiteral("战略三角报告"), QStringLiteral("浙江省"), QStringLiteral("山西省"), QStringLiteral("四川省")})
        EXPECT_TRUE(words.contains(phrase)) << qPrintable(phrase);
}

// `-o report.docx`: the same text converted by LibreOffice, its headings Word's
// heading styles. Skipped where LibreOffice is not installed.
TEST(ReportOdtTest, WordDocumentIsConvertedByLibreOffice)
{
    if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
        GTEST_SKIP() << "LibreOffice (soffice) is not installed";
    QTemporaryDir home;
    const QString docx = home.filePath(QStringLiteral("report.docx"));
    const ProcessResult run = runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), home.path(),
                                                {QStringLiteral("report"), QStringLiteral("--regions"), QStringLiteral("330000"),
                                                 QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("-o"), docx});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const auto document = zipPart(docx, QStringLiteral("word/document.xml"));
    ASSERT_TRUE(document.has_value());
    const QString xml = QString::fromUtf8(*document);
    EXPECT_TRUE(xml.contains(QStringLiteral("w:pStyle w:val=\"Heading1\"")));
    EXPECT_TRUE(xml.contains(QStringLiteral("w:pStyle w:val=\"Heading2\"")));
    EXPECT_TRUE(xml.contains(QStringLiteral("浙江省")));
    EXPECT_TRUE(xml.contains(QStringLiteral("<w:tbl>")));
    EXPECT_TRUE(xml.contains(QStringLiteral("<w:drawing>")));
}
