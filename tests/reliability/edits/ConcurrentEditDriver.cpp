// triangle-concurrent-edit-driver DB ASSESSMENT TAG EDITS SEED: one of two
// processes that edit the same assessment at once (ConcurrentEditTest).
// Each edit reads the assessment, waits a moment (so the other process can
// write in between), then sets the mission rationale, and every other time
// the political one too, to "TAG-N" through the Editor with what it read as
// the base. For each edit it prints one line:
//   ok FIELD BASE NEW      for every field the accepted edit changed
//   conflict N             refused because the other process changed the field
// Anything else refused exits 1 with a line on standard error.

#include "DriverLines.h"
#include "store/AssessmentRepository.h"
#include "store/Store.h"
#include "widgets/editing/Editor.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QThread>


using namespace triangle;

using triangle::reliability::fail;
using triangle::reliability::say;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6)
        return fail(QStringLiteral("usage: triangle-concurrent-edit-driver DB ASSESSMENT TAG EDITS SEED"));
    auto opened = Store::open(args[1]);
    if (!opened)
        return fail(opened.error().message);
    Store &store = **opened;
    const Id assessment = args[2].toLongLong();
    const QString &tag = args[3];
    const int edits = args[4].toInt();
    QRandomGenerator random(args[5].toUInt());

    Editor editor;
    editor.setStore(&store);
    for (int i = 0; i < edits; ++i) {
        const auto base = store.assessments().byId(assessment);
        if (!base)
            return fail(base.error().message);
        Assessment edited = *base;
        const QString value = tag + QLatin1Char('-') + QString::number(i);
        edited.rationale[Dimension::Mission] = value;
        const bool alsoPolitical = i % 2 == 1;
        if (alsoPolitical)
            edited.rationale[Dimension::Political] = value;
        QThread::usleep(random.bounded(1500)); // the other process may write now
        if (!editor.updateAssessment(edited, &*base)) {
            if (editor.lastError().kind != StoreError::Kind::ChangedElsewhere)
                return fail(QStringLiteral("edit %1 refused: %2").arg(i).arg(editor.lastError().message));
            say(QStringLiteral("conflict %1").arg(i));
            continue;
        }
        say(QStringLiteral("ok mission %1 %2").arg(base->rationale[Dimension::Mission], value));
        if (alsoPolitical)
            say(QStringLiteral("ok political %1 %2").arg(base->rationale[Dimension::Political], value));
    }
    return 0;
}
