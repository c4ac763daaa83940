#include <QStandardPaths>
#include <QTemporaryDir>

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
    // Keep tests away from the user's real settings and data, and from each
    // other's: CTest runs tests in parallel, and in test mode Qt keeps settings
    // under $HOME/.qttest, so each test process gets a home of its own (two
    // export-dialog tests once read each other's remembered folder).
    QTemporaryDir home;
    if (home.isValid())
        qputenv("HOME", home.path().toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    // Widget tests draw offscreen, also when the build lists the tests
    // (gtest_discover_tests runs the binary without the test environment).
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    Application app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
