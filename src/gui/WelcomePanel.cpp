#include "WelcomePanel.h"

#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace jobdeck {

WelcomePanel::WelcomePanel(QWidget* parent)
    : QWidget(parent),
      m_add(new QPushButton(tr("Add an Application..."), this)),
      m_import(new QPushButton(tr("Import a Spreadsheet or LinkedIn Export..."), this)),
      m_sample(new QPushButton(tr("Try the Sample Data"), this))
{
    setObjectName(QStringLiteral("welcomePanel"));
    m_add->setObjectName(QStringLiteral("welcomeAdd"));
    m_import->setObjectName(QStringLiteral("welcomeImport"));
    m_sample->setObjectName(QStringLiteral("welcomeSample"));
    m_sample->setToolTip(tr("Opens a separate sample database; yours stays as it is (File > Open Recent brings it back)"));

    auto* title = new QLabel(tr("Welcome to Jobdeck"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    title->setFont(theme::font(theme::Text::Heading, title->font()));
    title->setAlignment(Qt::AlignCenter);
    auto* line = new QLabel(tr("Track every job application, the follow-ups each step calls for, and how well "
                               "your resume fits each job, all in one file on this computer."),
                            this);
    line->setWordWrap(true);
    line->setAlignment(Qt::AlignCenter);
    // The buttons keep one width, so the column reads as a list of choices.
    auto* box = new QWidget(this);
    // A fixed width: a centred box otherwise shrinks to its wrapped line and cuts it off.
    box->setFixedWidth(fontMetrics().averageCharWidth() * 64);
    auto* boxLayout = new QVBoxLayout(box);
    theme::setSpacing(boxLayout, 0, theme::space::S);
    boxLayout->addWidget(title);
    boxLayout->addWidget(line);
    boxLayout->addSpacing(theme::space::L);
    for (QPushButton* button : {m_add, m_import, m_sample}) {
        button->setMinimumHeight(fontMetrics().height() * 2);
        boxLayout->addWidget(button);
    }

    auto* layout = new QVBoxLayout(this);
    theme::setSpacing(layout, theme::space::XL, 0);
    layout->addStretch(1);
    // Stretches rather than an alignment flag, so the wrapped line gets the height it needs.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(box);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    setFocusProxy(m_add);

    connect(m_add, &QPushButton::clicked, this, &WelcomePanel::addRequested);
    connect(m_import, &QPushButton::clicked, this, &WelcomePanel::importRequested);
    connect(m_sample, &QPushButton::clicked, this, &WelcomePanel::sampleRequested);
}

} // namespace jobdeck
