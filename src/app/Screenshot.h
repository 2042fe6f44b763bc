#pragma once

#include <QSize>
#include <QString>

// Renders the main window on one page into a PNG (the --screenshot option), for the README and for tests.
// Prints the reason to stderr and returns 1 on any failure; never shows a dialog.
struct ScreenshotRequest
{
    QString databasePath;
    QString outputPath;
    QString view = QStringLiteral("board");
    QSize size{1400, 860};
    bool sampleData = false;
    bool dark = false; // a dark palette, to check (and show) how the app looks in dark mode
};

int renderScreenshot(const ScreenshotRequest& request);
