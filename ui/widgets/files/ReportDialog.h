#pragma once

#include "export/ReportFile.h"
#include "model/Entities.h"

#include <QDialog>

class QComboBox;
class QListWidget;
class QPushButton;

namespace triangle {

// Chooses what a report covers: the regions (ticked in a list) and their
// order (Move Up, Move Down: the report's region pages follow it), and its
// format (PDF, or OpenDocument text to edit). Remembers the choice (by region
// code, so that it carries over between databases) and the format. Gathers
// options only; the caller writes the report.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    struct RegionChoice
    {
        Id id = NoId;
        QString code;
        QString label; // "浙江省 330000"
    };
    // A named, ordered choice of regions offered in the dialog: the hook for
    // comparison sets (issue 20 §2), which the caller passes in.
    struct Preset
    {
        QString name;
        QList<Id> regions;
    };

    // `regions` in the order offered when nothing is remembered, the first
    // `ticked` of them ticked.
    ReportDialog(const QList<RegionChoice> &regions, qsizetype ticked, QWidget *parent = nullptr);

    void setPresets(const QList<Preset> &presets);

    QList<Id> chosenRegions() const; // ticked, in the list's order
    ReportFormat format() const;
    void setFormat(ReportFormat format);

    void accept() override;

    // For tests and presets: tick exactly `regions`, in that order, at the top.
    void choose(const QList<Id> &regions);
    void moveCurrent(int step); // -1 up, +1 down

private:
    void applyPreset(int index);
    void updateButtons();
    void saveChoice() const;

    QList<Preset> m_presets;
    QComboBox *m_preset;
    QListWidget *m_list;
    QComboBox *m_format;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_ok = nullptr;
};

} // namespace triangle
