// File › Report as Word: LibreOffice converts the OpenDocument text, which
// takes seconds (minutes on its first start). The window stays live
// meanwhile and the conversion can be cancelled (issue 20 §3). A stand-in
// soffice on the PATH takes two seconds, as a real conversion does.

#include "support/TestData.h"

#include "widgets/MainWindow.h"

#include <QFile>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTimer>

using namespace triangle;

namespace {
class WordReportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QDir(m_dir.path()).mkdir(QStringLiteral("bin"));
        QFile program(m_dir.filePath(QStringLiteral("bin/soffice")));
        ASSERT_TRUE(program.open(QIODevice::WriteOnly));
        // soffice … --convert-to docx --outdir DIR INPUT: DIR/INPUT's name.docx
        program.write("#!/bin/sh\n"
                      "touch \"$TRIANGLE_TEST_CONVERTING\"\n"
                      "prev=''; for a in \"$@\"; do [ \"$prev\" = --outdir ] && out=\"$a\"; prev=\"$a\"; done\n"
                      "sleep 2\n"
                      "cp \"$prev\" \"$out/$(basename \"$prev\" .odt).docx\"\n");
        program.close();
        program.setPermissions(program.permissions() | QFile::ExeOwner);
        m_path = qgetenv("PATH");
        qputenv("PATH", m_dir.filePath(QStringLiteral("bin")).toLocal8Bit() + ':' + m_path);
        qputenv("TRIANGLE_TEST_CONVERTING", converting().toLocal8Bit());

        ASSERT_TRUE(window.openDatabase(m_dir.filePath(QStringLiteral("word.tsdb")), true));
        window.show();
        zhejiang = window.store()->regions().byCode(QStringLiteral("330000"))->id;
    }

    void TearDown() override { qputenv("PATH", m_path); }

    QString converting() const { return m_dir.filePath(QStringLiteral("converting")); }
    QString report() const { return m_dir.filePath(QStringLiteral("report.docx")); }

    QTemporaryDir m_dir;
    QByteArray m_path;
    MainWindow window;
    Id zhejiang = NoId;
};
} // namespace

TEST_F(WordReportTest, TheWindowStaysLiveWhileLibreOfficeConverts)
{
    bool liveWhileConverting = false;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        if (QFile::exists(converting()) && !QFile::exists(report()))
            liveWhileConverting = true;
    });
    tick.start(100);
    window.writeReport({zhejiang}, report());
    EXPECT_TRUE(liveWhileConverting);
    EXPECT_TRUE(QFile::exists(report()));
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("report.docx")))
        << qPrintable(window.statusBar()->currentMessage());
}

TEST_F(WordReportTest, CancellingTheConversionWritesNoFile)
{
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        for (QProgressDialog *busy : window.findChildren<QProgressDialog *>()) {
            if (busy->isVisible() && busy->labelText().contains(QStringLiteral("LibreOffice")))
                busy->cancel();
        }
    });
    tick.start(100);
    window.writeReport({zhejiang}, report());
    EXPECT_FALSE(QFile::exists(report()));
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")))
        << qPrintable(window.statusBar()->currentMessage());
}
