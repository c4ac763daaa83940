#pragma once

#include <QFileDialog>
#include <QString>

class QWidget;

namespace triangle {

// Every file dialog of the application: Qt's own dialog, showing each file's
// icon and type from its name alone.
//
// A dialog that tells a file's type from its contents (Qt's default icon
// provider does, for a name it does not know, such as a .tsdb database) opens
// and closes the file, and on POSIX closing any descriptor of a file drops
// every lock the process holds on it: SQLite's on an open database (see
// OpenDatabaseFiles). Another program would then delete the -wal file under
// the window, and what the window writes next would be lost. The native
// dialogs of desktops that run in this process (GTK's, KDE's) sniff contents
// too, so they are not used.
namespace FileDialogs {

QString openFileName(QWidget *parent, const QString &caption, const QString &start, const QString &filter);
// `selectedFilter`, when given, selects a filter first and returns the one chosen.
QString saveFileName(QWidget *parent, const QString &caption, const QString &start, const QString &filter,
                     QString *selectedFilter = nullptr, QFileDialog::Options options = {});
// Sets up a dialog made elsewhere (tests, custom dialogs) the same way.
void makeContentBlind(QFileDialog &dialog);

} // namespace FileDialogs
} // namespace triangle
