// `triangle-studio regions add-levels`: the real executable on a database of
// the test's own, run twice.

#include "support/CliRunner.h"
#include "support/TestData.h"

#include "data/AdministrativeLevels.h"
#include "data/DefaultDatabase.h"

#include <QFile>

using namespace triangle;
using namespace triangle::test;

namespace {
class RegionsCommandTest : public ::testing::Test
{
protected:
    ProcessResult run(const QStringList &arguments)
    {
        return runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), m_home.path(), arguments);
    }
    QString database() const { return m_home.filePath(QStringLiteral("study.tsdb")); }

    QTemporaryDir m_home;
};
} // namespace

TEST_F(RegionsCommandTest, AddLevelsAddsOnlyWhatIsMissingAndTwiceAddsNothing)
{
    Region edited;
    {
        auto created = createDatabase(database(), referenceData(*defaultData()));
        ASSERT_OK(created);
        edited = *(*created)->regions().byCode(QStringLiteral("510000"));
        edited.notes = QStringLiteral("edited by the user");
        ASSERT_OK((*created)->regions().update(edited));
    }
    const int shipped = int(AdministrativeLevels::allLevels()->size());

    const ProcessResult first = run({QStringLiteral("regions"), QStringLiteral("add-levels"), QStringLiteral("--db"), database()});
    EXPECT_EQ(first.exitCode, 0) << qPrintable(first.err);
    EXPECT_TRUE(first.out.contains(QStringLiteral("Added %1 region").arg(shipped - 32))) << qPrintable(first.out);
    EXPECT_TRUE(first.out.contains(QStringLiteral("Already there, left as they were: 32"))) << qPrintable(first.out);

    const ProcessResult second = run({QStringLiteral("regions"), QStringLiteral("add-levels"), QStringLiteral("--db"), database()});
    EXPECT_EQ(second.exitCode, 0) << qPrintable(second.err);
    EXPECT_TRUE(second.out.contains(QStringLiteral("Added 0 region"))) << qPrintable(second.out);
    EXPECT_TRUE(second.out.contains(QStringLiteral("Already there, left as they were: %1").arg(shipped))) << qPrintable(second.out);

    auto store = Store::open(database(), {});
    ASSERT_OK(store);
    EXPECT_EQ((*store)->regions().all()->size(), shipped);
    EXPECT_EQ(*(*store)->regions().byCode(QStringLiteral("510000")), edited);
}

TEST_F(RegionsCommandTest, WrongActionIsAUsageError)
{
    const ProcessResult unknown = run({QStringLiteral("regions"), QStringLiteral("add-level")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("add-level"))) << qPrintable(unknown.err);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("add-levels"))) << qPrintable(unknown.err);

    const ProcessResult missing = run({QStringLiteral("regions")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_FALSE(missing.err.isEmpty());
}

TEST_F(RegionsCommandTest, AMissingDatabaseIsNotCreated)
{
    const QString absent = m_home.filePath(QStringLiteral("typo.tsdb"));
    const ProcessResult result = run({QStringLiteral("regions"), QStringLiteral("add-levels"), QStringLiteral("--db"), absent});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.err.count(QLatin1Char('\n')), 1) << qPrintable(result.err);
    EXPECT_FALSE(QFile::exists(absent));
}
