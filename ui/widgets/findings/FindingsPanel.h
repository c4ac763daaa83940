#pragma once

#include "analysis/Findings.h"
#include "analysis/FindingsUncertainty.h"
#include "analysis/ThresholdSensitivity.h"
#include "model/Entities.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableView;
class QTextBrowser;

namespace triangle {

class Editor;
class FindingsModel;
class MethodDialog;

// The Findings tab: each assessed region's verdict on the article's claims.
// Selecting a cell shows the numbers, the thresholds and what is missing
// below, and selects the region everywhere; activating it (double click,
// Return) opens the region's diagrams.
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(Editor *editor, QWidget *parent = nullptr);

    FindingsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTextBrowser *details() const { return m_details; }
    QLabel *intro() const { return m_intro; } // the header, with its link to the Method help

signals:
    void diagramsRequested(triangle::Id regionId);

private:
    void showDetails();
    void showMethodHelp(); // Help › Method, at the claims
    // What the claim was read from: the dated records, or the scores by stage.
    QString evidenceHtml(Id regionId, Claim claim) const;
    // The region's causal links with their checks, for the traction-from-evidence claim.
    QString causalLinksHtml(Id regionId) const;
    // How the verdict fares under redrawn weights and raters, and over κ.
    QString uncertaintyHtml(int row, Claim claim);
    // How the verdict fares under other values of the form classifier's constants.
    QString thresholdsHtml(int row, Claim claim);

    Editor *m_editor;
    FindingsModel *m_model;
    QTableView *m_table;
    QTextBrowser *m_details;
    QLabel *m_intro;
    QPointer<MethodDialog> m_methodHelp; // the Method help opened from the header's link
    // The curve over κ of the region last shown, drawn once per reload.
    Id m_curveRegion = NoId;
    std::optional<QList<ConcentrationPoint>> m_curve;
    // The thresholds' sweeps of the region last shown, likewise.
    Id m_sweptRegion = NoId;
    ThresholdSensitivity m_swept;
};

} // namespace triangle
