#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace jobdeck {

// The stages an application moves through: eight pipeline stages in order, then three ends.
enum class Stage {
    Saved,
    Applied,
    Screen,
    Technical,
    Onsite,
    Final,
    Offer,
    Accepted,
    Rejected,
    Withdrawn,
    Ghosted,
};

namespace stages {

constexpr int kPipelineCount = 8;

// The stable id stored in the database and used by the CLI ("technical").
QString id(Stage stage);
std::optional<Stage> fromId(const QString& id);
// The translated name shown to people ("Technical interview").
QString displayName(Stage stage);
// Position in the pipeline, 0 (saved) to 7 (accepted); -1 for an end stage.
int rank(Stage stage);
bool isEnd(Stage stage);
// Stages that open an interview round and so call for prep and a thank-you note.
bool isInterview(Stage stage);
QList<Stage> all();
QList<Stage> pipeline();
// "saved, applied, ..." for error messages.
QString idList();

} // namespace stages
} // namespace jobdeck
