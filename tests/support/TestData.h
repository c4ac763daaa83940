#pragma once

#include "model/Entities.h"
#include "store/Store.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <ostream>

// Prints a StoreError's message when a Result or Status is not ok.
#define ASSERT_OK(expr)                                                                              \
    do {                                                                                             \
        const auto &result_ = (expr);                                                                \
        ASSERT_TRUE(result_.ok()) << qPrintable(result_.error().message);                            \
    } while (false)

#define EXPECT_OK(expr)                                                                              \
    do {                                                                                             \
        const auto &result_ = (expr);                                                                \
        EXPECT_TRUE(result_.ok()) << qPrintable(result_.error().message);                            \
    } while (false)

// GoogleTest prints QString as text, not as an array of 2-byte objects (found
// by argument-dependent lookup, so beside QString in the global namespace).
inline void PrintTo(const QString &text, std::ostream *out) { *out << '"' << text.toStdString() << '"'; }

namespace triangle::test {

// A fresh, empty database in a temporary folder for each test.
class StoreTest : public ::testing::Test
{
protected:
    void SetUp() override;
    QString path(const QString &fileName = QStringLiteral("test.tsdb")) const { return m_dir.filePath(fileName); }

    // Adds the national level, two provinces and the three stages.
    void addBasics();

    QTemporaryDir m_dir;
    std::unique_ptr<Store> store;
    Id national = NoId, zhejiang = NoId, shanxi = NoId;
    Id initial = NoId, advantage = NoId, target = NoId;
};

// Something of every kind the seeded default data lacks, for round trips: a
// city, a day-precise date, a quantity without a unit, and a title that needs
// care in every format (quotes, commas, a new line, a leading "=").
void addWhatTheSeedLacks(Store &store);

// How many milestones the shipped default data holds: what a freshly seeded database starts with.
int shippedMilestones();

Region makeRegion(const QString &code, const QString &nameZh, Level level, Id parent);
Stage makeStage(const QString &key, int start, int end, int order);
Policy makePolicy(Id region, const QString &title, PartialDate date);
Milestone makeMilestone(Id region, const QString &title, PartialDate date);
Assessment makeAssessment(Id region, Id stage, double m, double p, double o);

} // namespace triangle::test
