#pragma once

#include <QDialog>

class QRadioButton;

namespace triangle {

// File › New Database, before the file is chosen: which regions the new
// database starts with — the national level and the provinces, or also the
// shipped prefecture- and county-level units (AdministrativeLevels).
class NewDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewDatabaseDialog(QWidget *parent = nullptr);

    bool allLevels() const;
    QRadioButton *provincesOnlyButton() const { return m_provinces; }
    QRadioButton *allLevelsButton() const { return m_all; }

private:
    QRadioButton *m_provinces = nullptr;
    QRadioButton *m_all = nullptr;
};

} // namespace triangle
