#include "matching/MatchPage.h"

#include "FileDialogs.h"
#include "Icons.h"
#include "Session.h"
#include "Theme.h"
#include "io/DocumentText.h"
#include "matching/Matcher.h"
#include "matching/TermChips.h"
#include "storage/ApplicationFilterModel.h"
#include "storage/ApplicationRepository.h"
#include "storage/ApplicationTableModel.h"
#include "storage/ResumeRepository.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace jobdeck {
namespace {

enum Source { FromApplication, Pasted };

} // namespace

MatchPage::MatchPage(Session& session, QWidget* parent)
    : Page(parent),
      m_session(session),
      m_resumes(new QComboBox(this)),
      m_import(new QPushButton(tr("&Import Resume..."), this)),
      m_makeDefault(new QPushButton(tr("Make De&fault"), this)),
      m_remove(new QPushButton(tr("Remove"), this)),
      m_source(new QComboBox(this)),
      m_jd(new QPlainTextEdit(this)),
      m_score(new QPushButton(tr("&Score"), this)),
      m_rank(new QPushButton(tr("&Rank My Applications"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_status(new QLabel(this)),
      m_scoreLabel(new QLabel(this)),
      m_meaning(new QLabel(this)),
      m_hint(new QLabel(this)),
      m_aligned(new TermChips(theme::positive(), this)),
      m_missing(new TermChips(theme::negative(), this)),
      m_rankView(new QTableView(this)),
      m_rankModel(new ApplicationFilterModel(this))
{
    // Shrinks to a long name's start (the tooltip names it whole), so the row's buttons fit at 1280 in French.
    m_resumes->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_resumes->setMinimumContentsLength(16);
    connect(m_resumes, &QComboBox::currentTextChanged, m_resumes, &QWidget::setToolTip);
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setMinimumContentsLength(16);
    connect(m_source, &QComboBox::currentTextChanged, m_source, &QWidget::setToolTip);
    m_source->addItem(tr("The selected application's job description"), FromApplication);
    m_source->addItem(tr("A pasted job description"), Pasted);
    m_jd->setPlaceholderText(tr("Paste a job description here."));
    m_hint->setWordWrap(true);
    // "Ranked 20 job descriptions; select one to see its match." wraps beside the buttons rather than
    // widening the page (past 1280 pixels in German).
    m_status->setWordWrap(true);
    m_scoreLabel->setFont(theme::font(theme::Text::Heading, m_scoreLabel->font()));
    m_scoreLabel->setWordWrap(true);
    m_scoreLabel->setText(QStringLiteral("\u2013"));
    m_meaning->setWordWrap(true);
    m_meaning->setText(tr("How much of what the job weighs your resume shows."));

    m_rankModel->setSourceModel(&session.applications());
    m_rankModel->setOpenOnly(true);
    // A row leaving the table (its application closed or archived) makes the view's neighbour current: no
    // pick of the user's (issue 13: selection drift). Connected before the view gets the model, so this runs
    // before its selection model reacts; the row that follows the selected application is set again after.
    connect(m_rankModel, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_removingRows = true; });
    m_rankView->setModel(m_rankModel);
    connect(m_rankModel, &QAbstractItemModel::rowsRemoved, this, [this] {
        m_removingRows = false;
        followSelectedApplication(m_session.currentApplicationId());
    });
    m_rankView->setSortingEnabled(true);
    m_rankView->sortByColumn(ApplicationTableModel::MatchScore, Qt::DescendingOrder);
    m_rankView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rankView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rankView->verticalHeader()->hide();
    m_rankView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_rankView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + theme::space::S);
    for (int column : {int(ApplicationTableModel::Source), int(ApplicationTableModel::Applied),
                       int(ApplicationTableModel::DaysInStage), int(ApplicationTableModel::NextTask)})
        m_rankView->hideColumn(column);
    m_rankView->horizontalHeader()->setSectionResizeMode(ApplicationTableModel::Title, QHeaderView::Stretch);
    m_rankView->horizontalHeader()->resizeSection(ApplicationTableModel::Company, fontMetrics().averageCharWidth() * 24);

    auto* resumeRow = new QHBoxLayout;
    theme::setSpacing(resumeRow, 0, theme::space::S);
    resumeRow->addWidget(new QLabel(tr("Resume:"), this));
    resumeRow->addWidget(m_resumes, 1);
    resumeRow->addWidget(m_import);
    resumeRow->addWidget(m_makeDefault);
    resumeRow->addWidget(m_remove);

    auto* actions = new QHBoxLayout;
    theme::setSpacing(actions, 0, theme::space::S);
    actions->addWidget(m_score);
    actions->addWidget(m_rank);
    actions->addWidget(m_cancel);
    actions->addWidget(m_status, 1);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    theme::setSpacing(leftLayout, 0, theme::space::S);
    leftLayout->addWidget(m_source);
    leftLayout->addWidget(m_jd, 1);

    auto* result = new QGroupBox(tr("Fit"), this);
    auto* resultLayout = new QVBoxLayout(result);
    theme::setSpacing(resultLayout, theme::space::S, theme::space::S);
    resultLayout->addWidget(m_scoreLabel);
    resultLayout->addWidget(m_meaning);
    resultLayout->addWidget(m_hint);
    resultLayout->addWidget(new QLabel(tr("<b>Aligned</b>"), this));
    resultLayout->addWidget(m_aligned);
    resultLayout->addWidget(new QLabel(tr("<b>Missing</b> (hard skills first)"), this));
    resultLayout->addWidget(m_missing);
    resultLayout->addStretch();

    auto* rankBox = new QGroupBox(tr("Open applications by score"), this);
    auto* rankLayout = new QVBoxLayout(rankBox);
    theme::setSpacing(rankLayout, theme::space::S, theme::space::S);
    rankLayout->addWidget(m_rankView);

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(left);
    top->addWidget(result);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(rankBox);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    theme::setSpacing(layout, theme::space::S, theme::space::S);
    layout->addLayout(resumeRow);
    layout->addLayout(actions);
    layout->addWidget(vertical, 1);

    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = filedialogs::openFile(this, filedialogs::Kind::Resume, tr("Import a resume"),
                                                   tr("Resumes (*.txt *.md *.pdf *.docx)"));
        if (!path.isEmpty())
            importResumeInBackground(path);
    });
    connect(this, &MatchPage::resumeImported, this, [this](const QString& error) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Import resume"), error);
    });
    connect(m_makeDefault, &QPushButton::clicked, this, [this] {
        if (const Status made = ResumeRepository(m_session.database()).setDefault(currentResumeId()); !made)
            m_session.reportError(made.message());
        reloadResumes(currentResumeId());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const Status removed = ResumeRepository(m_session.database()).remove(currentResumeId()); !removed)
            m_session.reportError(removed.message());
        reloadResumes();
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, &MatchPage::updateJobDescription);
    connect(m_resumes, &QComboBox::currentIndexChanged, this, [this] {
        updateButtons();
        followResume();
    });
    connect(m_jd, &QPlainTextEdit::textChanged, this, &MatchPage::updateButtons);
    connect(m_score, &QPushButton::clicked, this, &MatchPage::scoreNow);
    connect(m_rank, &QPushButton::clicked, this, &MatchPage::rankApplications);
    connect(m_cancel, &QPushButton::clicked, this, &MatchPage::cancel);
    connect(&m_scoreWatcher, &QFutureWatcher<matchjobs::ScoreOutcome>::finished, this, &MatchPage::scoreFinished);
    connect(&m_rankWatcher, &QFutureWatcher<matchjobs::RankOutcome>::finished, this, &MatchPage::rankDone);
    connect(&m_readWatcher, &QFutureWatcher<ReadOutcome>::finished, this, &MatchPage::readFinished);
    connect(&session, &Session::currentApplicationChanged, this, &MatchPage::updateJobDescription);
    connect(&session, &Session::currentApplicationChanged, this, &MatchPage::followSelectedApplication);
    // An edit of the selected application (its job description added or changed, here through Edit or on
    // another device) shows at once, not at the next visit to this page.
    connect(&session, &Session::applicationChanged, this, [this](qint64 id) {
        if (id == m_session.currentApplicationId())
            updateJobDescription();
    });
    // Sample data (--sample-data loads it after the window exists) or a reload brings resumes this page
    // has not seen: it said "No resume yet" when it was already on screen.
    connect(&session, &Session::dataReset, this, [this] {
        reloadResumes(currentResumeId());
        updateJobDescription();
        followSelectedApplication(m_session.currentApplicationId());
    });
    connect(m_rankView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MatchPage::showRankedExplanation);
    reloadResumes();
    updateJobDescription();
}

MatchPage::~MatchPage()
{
    // Workers read through the session's database: stop and wait before it goes.
    m_scoreWatcher.cancel();
    m_rankWatcher.cancel();
    m_scoreWatcher.waitForFinished();
    m_rankWatcher.waitForFinished();
    m_readWatcher.waitForFinished();
}

QIcon MatchPage::icon() const { return Icons::icon(QStringLiteral("match")); }

bool MatchPage::isBusy() const
{
    return m_scoreWatcher.isRunning() || m_rankWatcher.isRunning() || m_readWatcher.isRunning();
}

void MatchPage::activate()
{
    reloadResumes(currentResumeId());
    updateJobDescription();
    // Opening the page shows the fit of the selected application at once, when there is one to show.
    if (!m_autoScored && m_score->isEnabled()) {
        m_autoScored = true;
        scoreNow();
    }
}

void MatchPage::reloadResumes(qint64 select)
{
    const Result<QList<Resume>> resumes = ResumeRepository(m_session.database()).list();
    const QSignalBlocker blocker(m_resumes);
    m_resumes->clear();
    if (!resumes) {
        m_session.reportError(resumes.message());
        return;
    }
    for (const Resume& resume : resumes.value()) {
        m_resumes->addItem(resume.isDefault ? tr("%1 (default)").arg(resume.name) : resume.name, resume.id);
        if (resume.id == select || (select == 0 && resume.isDefault))
            m_resumes->setCurrentIndex(m_resumes->count() - 1);
    }
    if (m_resumes->count() == 0)
        m_resumes->addItem(tr("No resume yet: import one"), 0);
    updateButtons();
    followResume();
}

void MatchPage::followResume()
{
    // A score belongs to the resume it was computed with: another resume (picked, imported, removed)
    // clears it, and scores again when it can.
    if (m_shownScore < 0 || currentResumeId() == m_scoredResumeId)
        return;
    clearFit();
    if (m_score->isEnabled())
        scoreNow();
}

void MatchPage::scoreFirstResume()
{
    // The page waited for a resume ("No resume yet: import one") next to the selected application's job
    // description: the imported one's fit shows at once, as opening the page would have shown it.
    if (m_shownScore < 0 && !m_showingRanked && isVisible() && m_score->isEnabled())
        scoreNow();
}

void MatchPage::followJobDescription()
{
    // Another application selected, or the selected one edited: its fit, not the one before's. A page out of
    // sight scores when it is shown again (activate()).
    if (m_showingRanked || m_jd->toPlainText() == m_scoredJd)
        return;
    if (m_shownScore >= 0)
        clearFit();
    if (!isVisible())
        m_autoScored = false;
    else if (m_score->isEnabled())
        scoreNow();
}

void MatchPage::clearFit()
{
    m_shownScore = -1;
    m_scoredResumeId = 0;
    m_scoredJd.clear();
    m_scoreLabel->setText(QStringLiteral("\u2013"));
    m_scoreLabel->setToolTip(QString());
    m_meaning->setText(tr("How much of what the job weighs your resume shows."));
    m_meaning->setToolTip(QString());
    m_hint->clear();
    m_aligned->setTerms({});
    m_missing->setTerms({});
    m_status->clear();
}

qint64 MatchPage::currentResumeId() const { return m_resumes->currentData().toLongLong(); }

Result<qint64> MatchPage::importResume(const QString& path)
{
    const Result<QString> text = io::DocumentText::read(path);
    if (!text)
        return text.error();
    return storeResume(path, text.value());
}

void MatchPage::importResumeInBackground(const QString& path)
{
    if (m_readWatcher.isRunning())
        return;
    m_status->setText(tr("Reading %1...").arg(QFileInfo(path).fileName()));
    m_readWatcher.setFuture(QtConcurrent::run([path] {
        const Result<QString> text = io::DocumentText::read(path);
        return text ? ReadOutcome{path, text.value(), QString()} : ReadOutcome{path, QString(), text.message()};
    }));
    updateButtons();
}

void MatchPage::readFinished()
{
    const ReadOutcome outcome = m_readWatcher.result();
    m_status->clear();
    QString error = outcome.error;
    if (error.isEmpty()) {
        if (const Result<qint64> id = storeResume(outcome.path, outcome.text); !id)
            error = id.message();
    }
    updateButtons();
    emit resumeImported(error);
}

Result<qint64> MatchPage::storeResume(const QString& path, const QString& text)
{
    const QFileInfo info(path);
    const Result<qint64> id = ResumeRepository(m_session.database())
                                  .add(info.completeBaseName(), info.fileName(), text, m_session.clock().now());
    if (id) {
        reloadResumes(*id);
        scoreFirstResume();
    }
    return id;
}

QString MatchPage::resumeText() const
{
    const qint64 id = currentResumeId();
    if (id <= 0)
        return {};
    const Result<Resume> resume = ResumeRepository(m_session.database()).find(id);
    return resume ? resume->content : QString();
}

void MatchPage::setPastedJobDescription(const QString& text)
{
    m_source->setCurrentIndex(m_source->findData(Pasted));
    m_jd->setPlainText(text);
}

void MatchPage::updateJobDescription()
{
    const bool fromApplication = m_source->currentData().toInt() == FromApplication;
    m_jd->setReadOnly(fromApplication);
    if (fromApplication) {
        const qint64 id = m_session.currentApplicationId();
        const Result<Application> application =
            id > 0 ? ApplicationRepository(m_session.database()).find(id) : Result<Application>(notFound({}));
        // Set only when it differs: the text box keeps its scroll position through a stage move.
        if (const QString text = application ? application->jobDescription : QString(); text != m_jd->toPlainText())
            m_jd->setPlainText(text);
        m_employer = application ? application->company : QString();
        m_location = application ? application->location : QString();
        m_jd->setPlaceholderText(application ? tr("%1 has no job description; edit the application to add one.")
                                                   .arg(application->company)
                                             : tr("Select an application on the board or the list."));
    } else {
        m_jd->setPlaceholderText(tr("Paste a job description here."));
        m_employer.clear();
        m_location.clear();
    }
    updateButtons();
    if (fromApplication)
        followJobDescription();
}

void MatchPage::updateButtons()
{
    const bool hasResume = currentResumeId() > 0;
    m_score->setEnabled(hasResume && !m_jd->toPlainText().trimmed().isEmpty() && !m_scoreWatcher.isRunning());
    m_rank->setEnabled(hasResume && !m_rankWatcher.isRunning());
    m_makeDefault->setEnabled(hasResume);
    m_remove->setEnabled(hasResume);
    // A file being read cannot be stopped halfway; Cancel is for scoring and ranking.
    m_cancel->setEnabled(m_scoreWatcher.isRunning() || m_rankWatcher.isRunning());
    m_import->setEnabled(!m_readWatcher.isRunning());
}

void MatchPage::scoreNow()
{
    const QString resume = resumeText();
    const QString jd = m_jd->toPlainText();
    if (resume.isEmpty() || jd.trimmed().isEmpty() || m_scoreWatcher.isRunning())
        return;
    m_status->setText(tr("Scoring..."));
    m_scoringResumeId = currentResumeId();
    m_scoringJd = jd;
    m_scoreWatcher.setFuture(QtConcurrent::run(&matchjobs::score, &m_session.database(), resume, jd, m_employer,
                                               m_location, m_session.clock().now(), m_corpus));
    updateButtons();
}

void MatchPage::scoreFinished()
{
    updateButtons();
    const QFuture<matchjobs::ScoreOutcome> future = m_scoreWatcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        m_status->setText(tr("Cancelled."));
        return;
    }
    const matchjobs::ScoreOutcome outcome = future.result();
    if (outcome.corpus)
        m_corpus = outcome.corpus;
    if (!outcome.ok) {
        m_status->setText(outcome.error);
        return;
    }
    // Another application was selected, or this one edited, while it was being scored: score what is shown.
    if (m_scoringJd != m_jd->toPlainText()) {
        m_status->clear();
        scoreNow();
        return;
    }
    m_scoredResumeId = m_scoringResumeId;
    m_scoredJd = m_scoringJd;
    showResult(outcome.result);
    m_status->setText(outcome.fittedOnPair
                          ? tr("No stored job descriptions yet: the term weights come from these two texts alone.")
                          : QString());
    emit scoreShown();
    // The resume changed while this one was being scored.
    followResume();
}

void MatchPage::rankApplications()
{
    const QString resume = resumeText();
    if (resume.isEmpty() || m_rankWatcher.isRunning())
        return;
    m_status->setText(tr("Ranking every job description..."));
    m_rankWatcher.setFuture(QtConcurrent::run(&matchjobs::rankAndStore, &m_session.database(), resume,
                                              m_session.clock().now(), m_corpus));
    updateButtons();
}

void MatchPage::rankDone()
{
    updateButtons();
    const QFuture<matchjobs::RankOutcome> future = m_rankWatcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        m_status->setText(tr("Ranking cancelled; no score changed."));
        emit rankFinished(false);
        return;
    }
    const matchjobs::RankOutcome outcome = future.result();
    if (!outcome.ok) {
        m_status->setText(outcome.error);
        emit rankFinished(false);
        return;
    }
    m_ranking = outcome.ranking;
    m_corpus = m_ranking->corpus();
    m_status->setText(tr("Ranked %n job description(s); select one to see its match.", nullptr, int(outcome.ranked)));
    // The rows take the stored scores in place: nothing is read again on this thread, and the board,
    // the list and this table keep their selection.
    m_session.applyMatchScores(outcome.scores);
    m_rankView->sortByColumn(ApplicationTableModel::MatchScore, Qt::DescendingOrder);
    emit rankFinished(true);
}

void MatchPage::cancel()
{
    m_scoreWatcher.cancel();
    m_rankWatcher.cancel();
}

void MatchPage::showResult(const MatchResult& result)
{
    m_shownScore = result.matchIndex;
    m_scoreLabel->setText(Matcher::coverageText(result));
    const QString toolTip = tr("%1\nMatch index %2 (TF-IDF cosine x 100, the figure ranking uses).")
                                .arg(Matcher::coverageExplanation(), QString::number(result.matchIndex, 'f', 1));
    m_scoreLabel->setToolTip(toolTip);
    m_meaning->setToolTip(toolTip);
    m_meaning->setText(tr("Your resume shows %1% of this job's skills and key phrases, weighted by how much the "
                          "job stresses each.")
                           .arg(QString::number(result.coverage, 'f', 0)));
    m_hint->setText(result.hint);
    m_aligned->setTerms(result.alignedTerms);
    m_missing->setTerms(result.missingTerms);
}

void MatchPage::followSelectedApplication(qint64 id)
{
    const QModelIndex index = m_rankModel->mapFromSource(m_session.applications().indexOfId(id));
    const QScopedValueRollback following(m_followingSelection, true);
    if (!index.isValid()) {
        // Closed or archived, so not in this table: no other row may look selected in its place.
        m_rankView->selectionModel()->clear();
        return;
    }
    QItemSelectionModel* selection = m_rankView->selectionModel();
    if (index.row() != m_rankView->currentIndex().row() || !selection->isRowSelected(index.row()))
        selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_rankView->scrollTo(index);
}

void MatchPage::showRankedExplanation(const QModelIndex& current)
{
    const qint64 id = current.data(ApplicationTableModel::IdRole).toLongLong();
    // A row that follows a selection made elsewhere: that application's fit follows its description.
    if (id <= 0 || m_followingSelection || m_removingRows)
        return;
    // Explained now, for this row alone: its own terms only, so it shows at once. Before a ranking the row
    // is selected all the same, and scored as any selected application is.
    const std::optional<MatchResult> explained = m_ranking ? m_ranking->explain(id) : std::nullopt;
    if (!explained) {
        m_session.setCurrentApplicationId(id);
        return;
    }
    showResult(*explained);
    m_scoredResumeId = currentResumeId();
    // The row becomes the selected application, so its job description shows beside its fit (and the
    // details and the board follow); that fit is this explanation, not one to score again.
    {
        const QScopedValueRollback following(m_showingRanked, true);
        m_session.setCurrentApplicationId(id);
    }
    m_scoredJd = m_jd->toPlainText();
    emit scoreShown();
}

std::optional<MatchResult> MatchPage::rankedExplanation(qint64 applicationId) const
{
    return m_ranking ? m_ranking->explain(applicationId) : std::nullopt;
}

QString MatchPage::shownMatchText() const { return m_scoreLabel->text(); }

QString MatchPage::shownMatchToolTip() const { return m_scoreLabel->toolTip(); }

QString MatchPage::hint() const { return m_hint->text(); }

QString MatchPage::statusText() const { return m_status->text(); }

} // namespace jobdeck
