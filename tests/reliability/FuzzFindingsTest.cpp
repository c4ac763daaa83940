// What the fuzz targets found, kept as tests: each input is the one the
// fuzzer reported (or its essence), and the property it broke.

#include "data/CsvTable.h"

#include <gtest/gtest.h>

using namespace triangle;

namespace {
// CsvTableFuzzer's property: what write() makes of a parsed table parses back equal.
void expectRoundTrip(const QByteArray &input)
{
    QString error;
    const CsvTable table = CsvTable::parse(input, &error);
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    for (bool bom : {false, true}) {
        QString again;
        const CsvTable back = CsvTable::parse(CsvTable::write(table.header, table.rows, bom), &again);
        EXPECT_TRUE(again.isEmpty()) << qPrintable(again);
        EXPECT_EQ(back.header, table.header) << "bom " << bom;
        EXPECT_EQ(back.rows, table.rows) << "bom " << bom;
    }
}
} // namespace

// fuzz-csvtable, crash-b58541e1…: a second byte-order mark began the header,
// so the written file began with one too and read back without its header.
TEST(FuzzFindingsTest, CsvWithASecondByteOrderMarkSurvivesARoundTrip)
{
    expectRoundTrip(QByteArray::fromBase64("77u/CgoKCu+7vwoKCgoKGjEKCgoKc2F0AAAkChoxCgoKCnNhdAAAJAoK"));
}

TEST(FuzzFindingsTest, CsvJoinedFromTwoFilesWithMarksReadsItsHeader)
{
    QString error;
    const CsvTable table = CsvTable::parse("\xEF\xBB\xBF\xEF\xBB\xBFkey,value\r\nrater_aggregate,mean\r\n", &error);
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    EXPECT_EQ(table.header, (QStringList{QStringLiteral("key"), QStringLiteral("value")}));
    ASSERT_EQ(table.rows.size(), 1);
}

TEST(FuzzFindingsTest, AFieldStartingWithTheMarkIsWrittenQuoted)
{
    const QString marked = QChar(0xfeff) + QStringLiteral("key");
    const QByteArray written = CsvTable::write({marked}, {{QStringLiteral("x")}}, false);
    EXPECT_TRUE(written.startsWith('"')) << written.constData();
    QString error;
    EXPECT_EQ(CsvTable::parse(written, &error).header, QStringList{marked});
}
