// triangle-crash-driver DB IMPORT.json EDITS: the process the crash trials
// kill. Imports IMPORT.json into DB, then makes EDITS scripted edits through
// the Editor, printing a line on standard output after each commit:
//   committed import
//   committed edit N: what
// and "done" at the end. Exits 1 with a line on standard error if anything
// is refused.

#include "DriverLines.h"
#include "CrashScript.h"

#include "data/DataImporter.h"
#include "data/JsonDataReader.h"
#include "store/Store.h"
#include "widgets/editing/Editor.h"

#include <QCoreApplication>
#include <QFile>


using namespace triangle;

using triangle::reliability::fail;
using triangle::reliability::say;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return fail(QStringLiteral("usage: triangle-crash-driver DB IMPORT.json EDITS"));
    auto opened = Store::open(args[1]);
    if (!opened)
        return fail(opened.error().message);
    Store &store = **opened;

    QFile input(args[2]);
    if (!input.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1").arg(args[2]));
    const JsonDataReader::Output read = JsonDataReader::read(input.readAll(), args[2]);
    if (!read.problems.isEmpty())
        return fail(describeDataProblems(read.problems));
    const DataImporter::Output imported = DataImporter::import(store, read.data, ConflictPolicy::Fail);
    if (!imported.ok())
        return fail(imported.error->message);
    say(QStringLiteral("committed import"));

    Editor editor;
    editor.setStore(&store);
    const int edits = args[3].toInt();
    for (int i = 0; i < edits; ++i) {
        const QString what = crash::makeEdit(editor, i);
        if (what.isEmpty())
            return fail(QStringLiteral("edit %1 refused: %2").arg(i).arg(editor.lastError().message));
        say(QStringLiteral("committed edit %1: %2").arg(i).arg(what));
    }
    say(QStringLiteral("done"));
    return 0;
}
