#include <QStandardPaths>

#ifdef TRIANGLE_TEST_GUI
#include <QApplication>
using Application = QApplication;
#else
#include <QCoreApplication>
using Application = QCoreApplication;
#endif

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // Keep tests away from the user's real settings and data.
    QStandardPaths::setTestModeEnabled(true);
    // Widget tests draw offscreen, also when the build lists the tests
    // (gtest_discover_tests runs the binary without the test environment).
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    Application app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
