#pragma once

#include <QDialog>

class QTextBrowser;

namespace triangle {

// Help › Method: the model, the scale and every formula, in the UI language.
class MethodDialog : public QDialog
{
    Q_OBJECT

public:
    // The section on the article's claims, for the Findings tab's link.
    static inline const QString ClaimsSection = QStringLiteral("claims");

    explicit MethodDialog(QWidget *parent = nullptr);
    static QString methodHtml();
    // How each claim is tested, what it needs, and when it is supported, not
    // supported or lacks data: the help the Findings tab points to.
    static QString claimsHtml();

    void showSection(const QString &anchor); // scrolls the section to the top
    QTextBrowser *text() const { return m_text; }

private:
    QTextBrowser *m_text;
};

} // namespace triangle
