#pragma once

#include "matching/MatchResult.h"

#include <QWidget>

namespace jobdeck {

class FlowLayout;

// Terms of a match explanation as rounded chips that wrap, hard skills first and marked; the weight and
// the kind of term are in each chip's tooltip.
class TermChips : public QWidget
{
    Q_OBJECT

public:
    explicit TermChips(QColor color, QWidget* parent = nullptr);

    void setTerms(QList<TermWeight> terms);
    QStringList terms() const { return m_terms; }

private:
    QColor m_color;
    FlowLayout* m_flow = nullptr;
    QStringList m_terms;
};

} // namespace jobdeck
