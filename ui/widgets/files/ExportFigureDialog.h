#pragma once

#include "export/FigureExporter.h"
#include "render/TriangleFigure.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace triangle {

// Exports a figure: file (its extension picks PNG, SVG, PDF or, for
// strategic triangles, a web page drawn by ECharts), size in
// millimetres, inches or pixels, resolution, a live preview, and Copy to the
// clipboard. Remembers the last settings. Draws with the same renderer as the
// screen, as for printing.
class ExportFigureDialog : public QDialog
{
    Q_OBJECT

public:
    ExportFigureDialog(FigurePaint paint, const QString &suggestedName, QWidget *parent = nullptr);

    // The figures as data, for a web page (.html) or an ECharts option
    // (.echarts.json); without them only PNG, SVG and PDF can be written.
    void setWebFigures(const QList<TriangleFigure> &figures);

    // The open database's file, which the figure is never written over.
    void setDatabase(const QString &databasePath) { m_database = databasePath; }

    void accept() override;
    void copyToClipboard();
    ExportSettings settings() const;
    QString path() const;
    void setPath(const QString &path);

private:
    void browse();
    void updatePreview();
    void saveSettings() const;

    FigurePaint m_paint;
    QList<TriangleFigure> m_webFigures;
    QString m_database;
    QLineEdit *m_path;
    QDoubleSpinBox *m_width;
    QDoubleSpinBox *m_height;
    QComboBox *m_unit;
    QComboBox *m_preset;
    QSpinBox *m_dpi;
    QLabel *m_pixels;
    QLabel *m_preview;
    QLabel *m_message;
};

} // namespace triangle
