#pragma once

#include "Page.h"
#include "matching/MatchJobs.h"
#include "util/Result.h"

#include <QFutureWatcher>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace jobdeck {

class ApplicationFilterModel;
class Session;
class TermChips;

// The resume matcher: stored resumes (import .txt, .md, .pdf, .docx; one default), a job description from
// the selected application or pasted, the score with aligned and missing terms as chips and a hint, and
// "rank my applications", which scores every job description for the resume and stores the scores that
// the list and the board then show (each row's explanation is worked out when it is selected). All
// matching runs on worker threads and can be cancelled.
class MatchPage : public Page
{
    Q_OBJECT

public:
    explicit MatchPage(Session& session, QWidget* parent = nullptr);
    ~MatchPage() override;

    QString pageId() const override { return QStringLiteral("match"); }
    QString title() const override { return tr("Match"); }
    QIcon icon() const override;
    bool isBusy() const override;
    void activate() override;

    // Reads a resume file and stores it, on this thread (tests, and callers already off the GUI thread).
    Result<qint64> importResume(const QString& path);
    // The Import button's path: the file is read on a worker (a long PDF takes a while, and the first one
    // loads the PDF module), then stored here; resumeImported() follows, with the error if any.
    void importResumeInBackground(const QString& path);
    qint64 currentResumeId() const;
    void selectResume(qint64 id) { reloadResumes(id); }
    void setPastedJobDescription(const QString& text);

    double shownScore() const { return m_shownScore; }
    // The readable figure shown ("Match 72 / 100 · Good"), its tooltip, and the line under it.
    QString shownMatchText() const;
    QString shownMatchToolTip() const;
    // The explanation the last ranking gave an application (none before a ranking).
    std::optional<MatchResult> rankedExplanation(qint64 applicationId) const;
    TermChips* alignedChips() const { return m_aligned; }
    TermChips* missingChips() const { return m_missing; }
    QString hint() const;
    QTableView* rankView() const { return m_rankView; }
    QString statusText() const;

public slots:
    void scoreNow();
    void rankApplications();
    void cancel();

signals:
    void scoreShown();
    void rankFinished(bool ok);
    void resumeImported(const QString& error);

private:
    void reloadResumes(qint64 select = 0);
    void updateJobDescription();
    void updateButtons();
    void followResume();
    void scoreFirstResume();
    // The same for the job description: the fit shown belongs to the text it was scored with.
    void followJobDescription();
    void clearFit();
    QString resumeText() const;
    void scoreFinished();
    void rankDone();
    void readFinished();
    void showResult(const MatchResult& result);
    void showRankedExplanation(const QModelIndex& current);
    // The page's table marks the selected application, wherever it was selected (board, list, details).
    void followSelectedApplication(qint64 id);
    Result<qint64> storeResume(const QString& path, const QString& text);

    Session& m_session;
    QComboBox* m_resumes = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_makeDefault = nullptr;
    QPushButton* m_remove = nullptr;
    QComboBox* m_source = nullptr;
    QPlainTextEdit* m_jd = nullptr;
    QPushButton* m_score = nullptr;
    QPushButton* m_rank = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_scoreLabel = nullptr;
    QLabel* m_meaning = nullptr;
    QLabel* m_hint = nullptr;
    TermChips* m_aligned = nullptr;
    TermChips* m_missing = nullptr;
    QTableView* m_rankView = nullptr;
    ApplicationFilterModel* m_rankModel = nullptr;
    QFutureWatcher<matchjobs::ScoreOutcome> m_scoreWatcher;
    QString m_employer; // company of the application whose JD is shown, if any
    QString m_location; // and its location: neither is a term to explain the match with
    QFutureWatcher<matchjobs::RankOutcome> m_rankWatcher;
    struct ReadOutcome
    {
        QString path;
        QString text;
        QString error; // empty when the file was read
    };
    QFutureWatcher<ReadOutcome> m_readWatcher;
    // The last ranking: every application's explanation, worked out when asked for.
    std::shared_ptr<const RankedApplications> m_ranking;
    // The stored corpus the last score or ranking prepared: the next one reuses it (no model load, no
    // tokenizing every description again) when the stored descriptions have not changed since.
    std::shared_ptr<const RankingCorpus> m_corpus;
    double m_shownScore = -1;
    qint64 m_scoredResumeId = 0;  // the resume behind the shown score
    qint64 m_scoringResumeId = 0; // the resume being scored
    QString m_scoredJd;           // the job description behind the shown score
    QString m_scoringJd;          // the job description being scored
    bool m_showingRanked = false; // a ranked row's explanation is being shown, and its application selected
    bool m_followingSelection = false; // the table's row is being moved to an application selected elsewhere
    bool m_removingRows = false;       // rows are leaving the table: its current row moves on its own
    bool m_autoScored = false;
};

} // namespace jobdeck
